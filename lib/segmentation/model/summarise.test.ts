import { describe, expect, it } from 'vitest';
import { dayNumber, summarise } from './summarise';

const end = dayNumber('2026-01-31');
const d = (iso: string) => dayNumber(iso);

describe('summarise', () => {
  it('counts repeat purchase days, merging a day’s orders and their values', () => {
    const [s] = summarise(
      [
        { customer: 'a', day: d('2026-01-01'), value: 10 },
        { customer: 'a', day: d('2026-01-15'), value: 5 },
        { customer: 'a', day: d('2026-01-15'), value: 7 },
        { customer: 'a', day: d('2026-01-22'), value: 30 },
      ],
      { observationEnd: end, unit: 'day' },
    );
    expect(s).toEqual({ customer: 'a', x: 2, tx: 21, T: 30, monetary: 21 });
  });

  it('measures weeks as days / 7', () => {
    const [s] = summarise(
      [
        { customer: 'a', day: d('2026-01-03') },
        { customer: 'a', day: d('2026-01-17') },
      ],
      { observationEnd: end, unit: 'week' },
    );
    expect(s).toMatchObject({ x: 1, tx: 2, T: 4, monetary: null });
  });

  it('ignores transactions after the window and customers who first bought after it', () => {
    const out = summarise(
      [
        { customer: 'a', day: d('2026-01-01'), value: 1 },
        { customer: 'a', day: d('2026-02-01'), value: 1 },
        { customer: 'b', day: d('2026-02-03'), value: 1 },
        { customer: 'c', day: NaN, value: 1 },
      ],
      { observationEnd: end, unit: 'day' },
    );
    expect(out).toEqual([{ customer: 'a', x: 0, tx: 0, T: 30, monetary: null }]);
  });

  it('leaves days with an unknown value out of the mean spend', () => {
    const [s] = summarise(
      [
        { customer: 'a', day: d('2026-01-01'), value: 1 },
        { customer: 'a', day: d('2026-01-02'), value: Number.NaN },
        { customer: 'a', day: d('2026-01-03'), value: 8 },
      ],
      { observationEnd: end, unit: 'day' },
    );
    expect(s).toMatchObject({ x: 2, monetary: 8 });
  });
});

describe('dayNumber', () => {
  it('floors ISO dates and date-times to UTC days; NaN when it does not parse', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('1970-01-02T23:59:59Z')).toBe(1);
    expect(dayNumber('1970-01-03T01:00:00+02:00')).toBe(1);
    expect(dayNumber('<script>')).toBeNaN();
  });
});
