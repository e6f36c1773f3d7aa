import { describe, expect, it } from 'vitest';
import { jalaliToGregorian } from './jalali';

describe('jalaliToGregorian', () => {
  it.each([
    [1402, 10, 25, { year: 2024, month: 1, day: 15 }],
    [1403, 1, 1, { year: 2024, month: 3, day: 20 }], // Nowruz 2024
    [1402, 1, 1, { year: 2023, month: 3, day: 21 }], // Nowruz 2023
    [1399, 12, 30, { year: 2021, month: 3, day: 20 }], // leap Esfand
    [1357, 11, 22, { year: 1979, month: 2, day: 11 }],
  ])('%d/%d/%d', (y, m, d, expected) => {
    expect(jalaliToGregorian(y, m, d)).toEqual(expected);
  });

  it('refuses days a Jalali month cannot have', () => {
    expect(jalaliToGregorian(1402, 7, 31)).toBeNull(); // Mehr has 30 days
    expect(jalaliToGregorian(1402, 6, 31)).not.toBeNull(); // Shahrivar has 31
    expect(jalaliToGregorian(1402, 13, 1)).toBeNull();
    expect(jalaliToGregorian(1402, 1, 0)).toBeNull();
  });
});

describe('jalaliToGregorian agrees with ICU', () => {
  it('for every day from 1300 to 1500 AP', () => {
    const icu = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', {
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      timeZone: 'UTC',
    });
    const mismatches: string[] = [];
    for (let t = Date.UTC(1921, 2, 21); t < Date.UTC(2121, 2, 21); t += 86_400_000) {
      const parts = new Map(icu.formatToParts(new Date(t)).map((p) => [p.type, p.value]));
      const g = jalaliToGregorian(
        Number(parts.get('year')),
        Number(parts.get('month')),
        Number(parts.get('day')),
      );
      const iso = new Date(t).toISOString().slice(0, 10);
      const got =
        g && `${g.year}-${String(g.month).padStart(2, '0')}-${String(g.day).padStart(2, '0')}`;
      if (got !== iso) mismatches.push(`${iso} → ${got}`);
    }
    expect(mismatches).toEqual([]);
  });
});
