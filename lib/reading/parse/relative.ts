/**
 * Relative dates, read against the page's clock (`now`): "Today at 4:34 pm", "Yesterday",
 * "3 mins ago", "vor 3 Minuten", "3 min temu", "3 минуты назад", "۳ دقیقه پیش", "just now".
 * Minutes and hours give a full ISO instant; days and longer give a calendar day, since the
 * page itself is only that precise.
 */
import { formatLocal, localDay } from './calendar';
import type { ClockTime } from './time';

type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

const unitWords = (unit: Unit, words: string): [string, Unit][] =>
  words.split(' ').map((w) => [w, unit]);

/** Singular, plural and abbreviated forms in en, pl, ru, de, fa, fr. */
const UNITS: ReadonlyMap<string, Unit> = new Map(
  [
    ...unitWords(
      'second',
      'second seconds sec secs s sekunda sekundy sekund секунду секунды секунд сек Sekunde Sekunden Sek ثانیه seconde secondes',
    ),
    ...unitWords(
      'minute',
      'minute minutes min mins m minuta minuty minut минуту минуты минут мин Minute Minuten دقیقه',
    ),
    ...unitWords(
      'hour',
      'hour hours hr hrs h godzina godzinę godziny godzin godz час часа часов ч Stunde Stunden Std ساعت heure heures',
    ),
    ...unitWords('day', 'day days d dzień dni день дня дней Tag Tage Tagen روز jour jours'),
    ...unitWords(
      'week',
      'week weeks wk tydzień tygodnie tygodni неделю недели недель Woche Wochen هفته semaine semaines',
    ),
    ...unitWords(
      'month',
      'month months miesiąc miesiące miesięcy месяц месяца месяцев Monat Monate Monaten ماه mois',
    ),
    ...unitWords(
      'year',
      'year years yr yrs rok lata lat год года лет Jahr Jahre Jahren سال an ans',
    ),
  ].map(([w, u]) => [w.toLowerCase(), u] as [string, Unit]),
);

/** Words meaning "one" where the page writes no digit ("a minute ago", "vor einer Stunde"). */
const ONE = new Set([
  'a',
  'an',
  'one',
  'ein',
  'eine',
  'einer',
  'einem',
  'einen',
  'jedną',
  'jeden',
  'одну',
  'один',
  'یک',
  'une',
  'un',
]);

/** "ago" markers; French "il y a" is reduced to "il_y_a" first. */
const AGO = new Set(['ago', 'temu', 'назад', 'vor', 'پیش', 'قبل', 'il_y_a']);
const NOW = new Set([
  'now',
  'just now',
  'a moment ago',
  'moments ago',
  'teraz',
  'przed chwilą',
  'только что',
  'сейчас',
  'gerade eben',
  'jetzt',
  'همین الان',
  'الان',
  "à l'instant",
]);
const DAY_WORDS: ReadonlyMap<string, number> = new Map([
  ['today', 0],
  ['dzisiaj', 0],
  ['dziś', 0],
  ['сегодня', 0],
  ['heute', 0],
  ['امروز', 0],
  ["aujourd'hui", 0],
  ['yesterday', -1],
  ['wczoraj', -1],
  ['вчера', -1],
  ['gestern', -1],
  ['دیروز', -1],
  ['hier', -1],
]);
/** Joining words between the day word and the time ("at", "um", "o", "в", "à", "ساعت"). */
const JOINERS = new Set(['at', 'um', 'o', 'в', 'à', 'ساعت', 'uhr', 'г']);

const MS: Record<'second' | 'minute' | 'hour', number> = { second: 1e3, minute: 6e4, hour: 3.6e6 };

function ago(count: number, unit: Unit, now: Date): string {
  if (unit === 'second' || unit === 'minute' || unit === 'hour') {
    return new Date(now.getTime() - count * MS[unit]).toISOString();
  }
  if (unit === 'day' || unit === 'week') {
    return formatLocal(localDay(now, -count * (unit === 'week' ? 7 : 1)));
  }
  const months = count * (unit === 'year' ? 12 : 1);
  const d = new Date(now.getFullYear(), now.getMonth() - months, now.getDate());
  return formatLocal({ year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() });
}

/** "N units ago" in any listed language; undefined when the text is not of that shape. */
function parseAgo(words: string[], now: Date): string | undefined {
  if (!words.some((w) => AGO.has(w))) return undefined;
  const rest = words.filter((w) => !AGO.has(w));
  if (rest.length < 1 || rest.length > 2) return undefined;
  const unit = UNITS.get((rest[rest.length - 1] as string).replace(/\.$/, ''));
  if (!unit) return undefined;
  const countWord = rest.length === 2 ? (rest[0] as string) : '1';
  const count = /^\d{1,4}$/.test(countWord) ? Number(countWord) : ONE.has(countWord) ? 1 : NaN;
  return Number.isFinite(count) ? ago(count, unit, now) : undefined;
}

/**
 * `text` is cleaned, lower-cased, ASCII-digit text with any clock time already taken out.
 * Returns the ISO result, or undefined when the text is not a relative form.
 */
export function parseRelative(
  text: string,
  time: ClockTime | undefined,
  now: Date,
): string | undefined {
  const t = text
    .replace(/\bil y a\b/, 'il_y_a')
    .replace(/\s+/g, ' ')
    .trim();
  if (NOW.has(t) && !time) return now.toISOString();
  const words = t.split(' ').filter((w) => !JOINERS.has(w.replace(/[.,]$/, '')));
  if (words.length === 1) {
    const offset = DAY_WORDS.get((words[0] as string).replace(/,$/, ''));
    if (offset !== undefined) return formatLocal({ ...localDay(now, offset), time });
  }
  return time ? undefined : parseAgo(words, now);
}
