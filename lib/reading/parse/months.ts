/**
 * Month and weekday names CRMs print, in the languages Rung ships tests for (en, de, pl,
 * ru, fa) plus French. Keys are lower-case without a trailing dot; abbreviations included
 * (`янв`, `paź`, `Mär`). Persian has two calendars in use: Gregorian month names
 * transliterated (ژانویه) and the Solar Hijri months (فروردین), flagged as Jalali.
 */

const list = (names: string, month: number): [string, number][] =>
  names.split(' ').map((n) => [n, month]);

const GREGORIAN: [string, number][] = [
  // en
  ...list('january jan', 1),
  ...list('february feb', 2),
  ...list('march mar', 3),
  ...list('april apr', 4),
  ...list('may', 5),
  ...list('june jun', 6),
  ...list('july jul', 7),
  ...list('august aug', 8),
  ...list('september sep sept', 9),
  ...list('october oct', 10),
  ...list('november nov', 11),
  ...list('december dec', 12),
  // de (Jänner is Austrian)
  ...list('januar jänner jän', 1),
  ...list('februar', 2),
  ...list('märz mär mrz', 3),
  ...list('mai', 5),
  ...list('juni', 6),
  ...list('juli', 7),
  ...list('oktober okt', 10),
  ...list('dezember dez', 12),
  // pl: nominative and the genitive used in dates ("15 stycznia 2024")
  ...list('styczeń stycznia sty', 1),
  ...list('luty lutego lut', 2),
  ...list('marzec marca', 3),
  ...list('kwiecień kwietnia kwi', 4),
  ...list('maj maja', 5),
  ...list('czerwiec czerwca cze', 6),
  ...list('lipiec lipca lip', 7),
  ...list('sierpień sierpnia sie', 8),
  ...list('wrzesień września wrz', 9),
  ...list('październik października paź', 10),
  ...list('listopad listopada lis', 11),
  ...list('grudzień grudnia gru', 12),
  // ru: genitive in dates ("15 января 2024 г."), nominative, and abbreviations
  ...list('января январь янв', 1),
  ...list('февраля февраль февр фев', 2),
  ...list('марта март мар', 3),
  ...list('апреля апрель апр', 4),
  ...list('мая май', 5),
  ...list('июня июнь июн', 6),
  ...list('июля июль июл', 7),
  ...list('августа август авг', 8),
  ...list('сентября сентябрь сент сен', 9),
  ...list('октября октябрь окт', 10),
  ...list('ноября ноябрь нояб ноя', 11),
  ...list('декабря декабрь дек', 12),
  // fr
  ...list('janvier janv', 1),
  ...list('février févr', 2),
  ...list('mars', 3),
  ...list('avril avr', 4),
  ...list('juin', 6),
  ...list('juillet juil', 7),
  ...list('août', 8),
  ...list('septembre', 9),
  ...list('octobre', 10),
  ...list('novembre', 11),
  ...list('décembre déc', 12),
  // fa, Gregorian months
  ...list('ژانویه', 1),
  ...list('فوریه', 2),
  ...list('مارس', 3),
  ...list('آوریل', 4),
  ...list('مه می', 5),
  ...list('ژوئن', 6),
  ...list('ژوئیه جولای', 7),
  ...list('اوت', 8),
  ...list('سپتامبر', 9),
  ...list('اکتبر', 10),
  ...list('نوامبر', 11),
  ...list('دسامبر', 12),
];

const JALALI: [string, number][] = [
  ...list('فروردین', 1),
  ...list('اردیبهشت', 2),
  ...list('خرداد', 3),
  ...list('تیر', 4),
  ...list('مرداد', 5),
  ...list('شهریور', 6),
  ...list('مهر', 7),
  ...list('آبان', 8),
  ...list('آذر', 9),
  ...list('دی', 10),
  ...list('بهمن', 11),
  ...list('اسفند', 12),
];

const GREGORIAN_MONTHS: ReadonlyMap<string, number> = new Map(GREGORIAN);
const JALALI_MONTHS: ReadonlyMap<string, number> = new Map(JALALI);

export interface MonthName {
  month: number;
  jalali: boolean;
}

export function lookupMonth(word: string): MonthName | undefined {
  const key = word.toLowerCase().replace(/\.$/, '');
  const g = GREGORIAN_MONTHS.get(key);
  if (g !== undefined) return { month: g, jalali: false };
  const j = JALALI_MONTHS.get(key);
  return j === undefined ? undefined : { month: j, jalali: true };
}

/** Weekdays, Sunday = 0, for "Monday at 4:34 pm" and for ignoring "Mon, Jan 15, 2024". */
const WEEKDAY_NAMES: [string, number][] = [
  ...list('sunday sun sonntag so niedziela niedz nd воскресенье вс dimanche یکشنبه', 0),
  ...list('monday mon montag mo poniedziałek pon pn понедельник пн lundi دوشنبه', 1),
  ...list('tuesday tue tues dienstag di wtorek wt вторник вт mardi سه‌شنبه', 2),
  ...list('wednesday wed mittwoch mi środa śr среда ср mercredi چهارشنبه', 3),
  ...list('thursday thu thurs donnerstag do czwartek czw чт четверг jeudi پنجشنبه', 4),
  ...list('friday fri freitag fr piątek pt пятница пт vendredi جمعه', 5),
  ...list('saturday sat samstag sa sobota sob сб суббота samedi شنبه', 6),
];
const WEEKDAYS: ReadonlyMap<string, number> = new Map(WEEKDAY_NAMES);

export function lookupWeekday(word: string): number | undefined {
  return WEEKDAYS.get(word.toLowerCase().replace(/[.,]$/, ''));
}
