import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDate } from './date';

/** The page's clock in these tests: Monday 23 Nov 2026, 10:00 local time. */
const now = new Date(2026, 10, 23, 10, 0, 0);
/** A local wall-clock time as the ISO instant the parser must return. */
const local = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0) =>
  new Date(y, mo - 1, d, h, mi, s).toISOString();

describe('parseDate: date-only inputs give YYYY-MM-DD', () => {
  it.each([
    // en
    ['Jan 15, 2024', '2024-01-15'],
    ['January 15, 2024', '2024-01-15'],
    ['15 Jan 2024', '2024-01-15'],
    ['Mon, Jan 15, 2024', '2024-01-15'],
    ['Sept 3, 2024', '2024-09-03'],
    // de
    ['15.01.2024', '2024-01-15'],
    ['15.01.24', '2024-01-15'],
    ['15. Januar 2024', '2024-01-15'],
    ['3. März 2024', '2024-03-03'],
    ['15. Jänner 2024', '2024-01-15'],
    // pl
    ['15 stycznia 2024', '2024-01-15'],
    ['15 sty 2024', '2024-01-15'],
    ['3 października 2024 r.', '2024-10-03'],
    ['1 paź 2024', '2024-10-01'],
    // ru
    ['15 янв. 2024 г.', '2024-01-15'],
    ['15 января 2024 г.', '2024-01-15'],
    ['1 сент. 2024', '2024-09-01'],
    ['29 февр. 2024 г.', '2024-02-29'],
    // fa: Gregorian month names, and the Solar Hijri calendar
    ['۱۵ ژانویه ۲۰۲۴', '2024-01-15'],
    ['۲۵ دی ۱۴۰۲', '2024-01-15'],
    ['۱۴۰۲ دی ۲۵', '2024-01-15'],
    ['۱۴۰۲/۱۰/۲۵', '2024-01-15'],
    ['1 فروردین 1403', '2024-03-20'],
    // fr
    ['15 janv. 2024', '2024-01-15'],
    // ISO and numeric
    ['2024-01-15', '2024-01-15'],
    ['2024/01/15', '2024-01-15'],
    ['15/01/2024', '2024-01-15'], // unambiguous: 15 cannot be a month
    ['01/15/2024', '2024-01-15'],
    // year-less: the latest such day not in the future
    ['Jul 20', '2026-07-20'],
    ['Dec 20', '2025-12-20'],
    ['Nov 24', '2026-11-24'], // tomorrow is within a day's slack (time zones)
    ['Nov 25', '2025-11-25'],
  ])('%j → %s', (text, expected) => {
    expect(parseDate(text, { now })).toBe(expected);
  });

  it('reads an ambiguous slash date only with a locale', () => {
    expect(parseDate('01/02/2024', { now })).toBeNull();
    expect(parseDate('01/02/2024', { now, locale: 'en-US' })).toBe('2024-01-02');
    expect(parseDate('01/02/2024', { now, locale: 'en-GB' })).toBe('2024-02-01');
    expect(parseDate('01/02/2024', { now, locale: 'pl-PL' })).toBe('2024-02-01');
    expect(parseDate('01.02.2024', { now })).toBe('2024-02-01'); // dots are day-first
  });
});

describe('parseDate: inputs with a time give a full ISO instant', () => {
  it.each([
    ['2025-01-05T15:04:00+00:00', '2025-01-05T15:04:00.000Z'],
    ['2025-01-05T15:04:00Z', '2025-01-05T15:04:00.000Z'],
    ['2025-01-05T17:04:00+0200', '2025-01-05T15:04:00.000Z'],
    ['2025-01-05T15:04:00.123Z', '2025-01-05T15:04:00.000Z'],
    ['2025-01-06 09:10:00', local(2025, 1, 6, 9, 10)], // WordPress abbr title: wall time
    ['January 5, 2025 at 3:04 pm', local(2025, 1, 5, 15, 4)],
    ['Jan 5, 2025 3:04 PM', local(2025, 1, 5, 15, 4)],
    ['15.01.2024, 16:34', local(2024, 1, 15, 16, 34)],
    ['15 янв. 2024 г., 16:34', local(2024, 1, 15, 16, 34)],
    ['Jul 20 at 4:34 pm', local(2026, 7, 20, 16, 34)],
    ['12:05 am, Jan 1, 2024', local(2024, 1, 1, 0, 5)],
    ['12:05 pm, Jan 1, 2024', local(2024, 1, 1, 12, 5)],
  ])('%j', (text, expected) => {
    expect(parseDate(text, { now })).toBe(expected);
  });
});

describe('parseDate: relative forms against the page clock', () => {
  const minus = (ms: number) => new Date(now.getTime() - ms).toISOString();
  it.each([
    ['Today at 4:34 pm', local(2026, 11, 23, 16, 34)],
    ['today at 9:05 am', local(2026, 11, 23, 9, 5)],
    ['Yesterday at 11:59 pm', local(2026, 11, 22, 23, 59)],
    ['Today', '2026-11-23'],
    ['Yesterday', '2026-11-22'],
    ['dzisiaj o 16:34', local(2026, 11, 23, 16, 34)],
    ['wczoraj', '2026-11-22'],
    ['сегодня в 16:34', local(2026, 11, 23, 16, 34)],
    ['вчера в 16:34', local(2026, 11, 22, 16, 34)],
    ['heute um 16:34 Uhr', local(2026, 11, 23, 16, 34)],
    ['gestern', '2026-11-22'],
    ['امروز ساعت ۱۶:۳۴', local(2026, 11, 23, 16, 34)],
    ['Monday at 4:34 pm', local(2026, 11, 16, 16, 34)], // "now" is a Monday: last week's
    ['Friday at 9:00 am', local(2026, 11, 20, 9, 0)],
    ['3 mins ago', minus(3 * 6e4)],
    ['1 minute ago', minus(6e4)],
    ['a minute ago', minus(6e4)],
    ['an hour ago', minus(3.6e6)],
    ['5 hours ago', minus(5 * 3.6e6)],
    ['30 seconds ago', minus(3e4)],
    ['just now', now.toISOString()],
    ['vor 3 Minuten', minus(3 * 6e4)],
    ['vor einer Stunde', minus(3.6e6)],
    ['3 min temu', minus(3 * 6e4)],
    ['2 godziny temu', minus(2 * 3.6e6)],
    ['3 минуты назад', minus(3 * 6e4)],
    ['минуту назад', minus(6e4)],
    ['۳ دقیقه پیش', minus(3 * 6e4)],
    ['il y a 3 minutes', minus(3 * 6e4)],
    ['2 days ago', '2026-11-21'],
    ['vor 2 Tagen', '2026-11-21'],
    ['2 дня назад', '2026-11-21'],
    ['1 week ago', '2026-11-16'],
    ['3 months ago', '2026-08-23'],
    ['a year ago', '2025-11-23'],
  ])('%j', (text, expected) => {
    expect(parseDate(text, { now })).toBe(expected);
  });
});

describe('parseDate: what is not a date gives null', () => {
  it.each([
    '',
    'garbage',
    'Pending',
    '31.02.2024',
    '2024-02-30',
    '2024-13-01',
    '29 Feb 2023',
    '32 Jan 2024',
    'Jan 2024',
    'Jan 15 16 2024',
    '15 Foo 2024',
    '2024-01-15T25:00:00Z',
    '13:75 today',
    '13:05 pm, Jan 1, 2024',
    'Today at <script>',
    '3 bananas ago',
    '12 / 20',
    '1/1/1800',
    '25 دی', // a Jalali day without its year cannot be placed
    `Jan 15, 2024${' '.repeat(1_000)}garbage`,
  ])('%j → null', (text) => {
    expect(parseDate(text, { now })).toBeNull();
  });

  it('refuses an invalid clock', () => {
    expect(parseDate('Today', { now: new Date(Number.NaN) })).toBeNull();
  });
});

describe('parseDate reads back what Intl prints (property)', () => {
  const locales = ['en-US', 'en-GB', 'en-IN', 'de-DE', 'de-CH', 'pl-PL', 'ru-RU', 'fr-FR', 'fa-IR'];
  it.each(locales)('%s, short/medium/long', (locale) => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(2001, 0, 1), max: new Date(2030, 11, 31), noInvalidDate: true }),
        fc.constantFrom('short', 'medium', 'long') as fc.Arbitrary<'short' | 'medium' | 'long'>,
        (date, style) => {
          const text = new Intl.DateTimeFormat(locale, { dateStyle: style }).format(date);
          const pad = (n: number) => String(n).padStart(2, '0');
          const expected = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
          expect(parseDate(text, { now, locale })).toBe(expected);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        const out = parseDate(text, { now });
        expect(out === null || typeof out === 'string').toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
