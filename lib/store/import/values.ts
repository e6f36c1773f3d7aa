/**
 * Reading the cell values of CRM exports (pure). Exports write machine-formatted values,
 * but spreadsheets re-save them with currency signs, thousands separators, the writer's
 * locale (German `1.234,56`, `28.02.2026 09:06`) or a leading apostrophe (Excel's "keep as
 * text"), so each reader accepts those and refuses the rest. What a single value cannot
 * say (is `1.234` a thousand? is `05/03/2025` March or May?) the whole file decides
 * (value-sniffer.ts) and is passed in as `DecimalMark` / `DateOrder`.
 */
import type { OrderStatus } from '../../domain/profile';

/** The decimal mark of a file's amounts, decided from the whole file. */
export type DecimalMark = '.' | ',';
/** Day-first (`05/03/2025` = 5 March) or month-first (= 3 May), decided from the whole file. */
export type DateOrder = 'dmy' | 'mdy';

const SPACES = /[\s\u00a0\u202f\u2009]/g;
// Currency signs, ISO codes and the few currency words exports write after amounts.
const CURRENCY =
  /^(?:\p{Sc}|[A-Z]{3})+|(?:\p{Sc}|[A-Z]{3}|zł|kr|Kč|Ft|lei|руб\.?|р\.|ریال|تومان)+$/gu;

/** Persian and Arabic-Indic digits and marks → ASCII, so `۱۲۳٫۵` reads as 123.5. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u06f0-\u06f9\u0660-\u0669\u066b\u066c]/g, (c) => {
    const code = c.charCodeAt(0);
    if (code === 0x066b) return '.';
    if (code === 0x066c) return ',';
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

/**
 * "1,234.56", "$1 234,56", "-12.5", "'123", "1.234" → a finite number, or null. A value
 * whose shape says which separator is decimal is read by its shape; only a lone
 * separator followed by exactly three digits (`1.234`, `1,234`) takes the file's mark.
 */
export function parseAmount(raw: string, decimal: DecimalMark = '.'): number | null {
  let text = asciiDigits(raw.trim())
    .replace(/^'/, '')
    .replace(SPACES, '')
    .replace(/\u2212/g, '-');
  // Currency signs and ISO codes only: "=HYPERLINK(1)" must not read as 1.
  text = text.replace(CURRENCY, '');
  if (!/^[-+]?\d[\d.,]*$/.test(text)) return null;
  const shape = separatorShape(text);
  const mark = shape === 'ambiguous' ? decimal : shape;
  if (mark === ',') text = text.replace(/\./g, '').replace(',', '.');
  else text = text.replace(/,/g, '');
  if ((text.match(/\./g) ?? []).length > 1) return null;
  const value = Number(text);
  return Number.isFinite(value) && Math.abs(value) < 1e12 ? value : null;
}

/**
 * Which separator a number's own shape makes decimal: '.' or ',' when it says, 'none' for
 * plain digits, 'ambiguous' for a lone separator before exactly three digits.
 */
export function separatorShape(text: string): DecimalMark | 'none' | 'ambiguous' {
  const dots = (text.match(/\./g) ?? []).length;
  const commas = (text.match(/,/g) ?? []).length;
  if (dots === 0 && commas === 0) return 'none';
  if (dots > 0 && commas > 0) return text.lastIndexOf(',') > text.lastIndexOf('.') ? ',' : '.';
  const mark: DecimalMark = dots > 0 ? '.' : ',';
  // Two of the same separator are thousands groups: "1.234.567".
  if (dots + commas > 1) return mark === '.' ? ',' : '.';
  return /[.,]\d{3}$/.test(text) ? 'ambiguous' : mark;
}

export function parseCount(raw: string, decimal: DecimalMark = '.'): number | null {
  const value = parseAmount(raw, decimal);
  return value !== null && Number.isInteger(value) && value >= 0 ? value : null;
}

const ISO =
  /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2}|UTC|GMT)?)?$/i;
const SLASHED =
  /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AP]\.?M\.?)?)?$/i;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * A date cell → ISO 8601 (`YYYY-MM-DD` without a time, else a full timestamp), or null.
 * Accepted: ISO forms with or without a zone (Shopify `2024-01-15 10:23:45 -0500`,
 * WooCommerce and HubSpot `2024-01-15 10:23`), dotted day-first dates (German, Polish and
 * Russian Excel: `28.02.2026 09:06`), and slashed dates (`9/6/2016 6:29:00`, `3/5/2025
 * 2:06 PM`) in the order the file uses. A slashed date whose order is unknown is refused
 * unless one part is above 12, which only one order allows.
 */
export function parseDate(raw: string, order: DateOrder | null = null): string | null {
  const text = asciiDigits(raw.trim());
  if (!text) return null;
  const iso = ISO.exec(text);
  if (iso) {
    const [, y, mo, d, h, mi, s, zone] = iso;
    const day = `${y}-${mo!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
    if (h === undefined) return validDay(day);
    const offset =
      !zone || /^(?:Z|UTC|GMT)$/i.test(zone) ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
    return toIso(day, `${h.padStart(2, '0')}:${mi}:${s ?? '00'}`, offset);
  }
  const dotted = DOTTED.exec(text);
  if (dotted) {
    const [, d, mo, y, h, mi, s] = dotted;
    return dayAndTime(y!, mo!, d!, h, mi, s);
  }
  const slashed = SLASHED.exec(text);
  if (slashed) {
    const [, a, b, y, h, mi, s, meridiem] = slashed;
    const first = Number(a);
    const second = Number(b);
    const resolved = order ?? (first > 12 ? 'dmy' : second > 12 ? 'mdy' : null);
    if (resolved === null) return null;
    const [mo, d] = resolved === 'dmy' ? [b!, a!] : [a!, b!];
    return dayAndTime(y!, mo, d, twelveHour(h, meridiem), mi, s);
  }
  return null;
}

/** "2:06" + "PM" → "14"; a 24-hour clock passes through. */
function twelveHour(hour: string | undefined, meridiem: string | undefined): string | undefined {
  if (hour === undefined || !meridiem) return hour;
  const h = Number(hour) % 12;
  return String(/^p/i.test(meridiem) ? h + 12 : h);
}

function dayAndTime(
  y: string,
  mo: string,
  d: string,
  h: string | undefined,
  mi: string | undefined,
  s: string | undefined,
): string | null {
  const day = `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
  if (h === undefined) return validDay(day);
  return toIso(day, `${h.padStart(2, '0')}:${mi}:${s ?? '00'}`, 'Z');
}

/** A calendar day, from 1900 on: earlier years are another calendar (1404 is Persian), not orders. */
function validDay(day: string): string | null {
  const year = Number(day.slice(0, 4));
  if (year < 1900 || year > 2200) return null;
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(day) ? day : null;
}

function toIso(day: string, time: string, offset: string): string | null {
  if (validDay(day) === null) return null;
  const parsed = new Date(`${day}T${time}${offset}`);
  return Number.isNaN(parsed.getTime()) ? null : parsed.toISOString();
}

/** The slashed date's two leading numbers, for the file-wide day/month decision. */
export function slashedParts(raw: string): [number, number] | null {
  const match = SLASHED.exec(raw.trim());
  return match ? [Number(match[1]), Number(match[2])] : null;
}

/**
 * An order row's status word → Rung's status, `draft` for checkouts that never became an
 * order, or null when unknown. Shopify financial statuses, WooCommerce slugs (with or
 * without `wc-`) and WooCommerce's status labels as its admin shows and its exporters
 * write them, in English and the languages Rung ships plus German, French and Spanish.
 */
export function parseStatus(raw: string): OrderStatus | 'draft' | null {
  const key = raw
    .trim()
    .toLowerCase()
    .replace(/^wc-/, '')
    .replace(/[\s_-]+/g, ' ');
  return Object.hasOwn(STATUS, key) ? STATUS[key]! : null;
}

const STATUS_WORDS: [OrderStatus | 'draft', string[]][] = [
  [
    'paid',
    [
      'paid',
      'completed',
      'complete',
      'processing',
      'partially paid',
      // WooCommerce labels: de, fr, es, pl, ru, fa.
      'fertiggestellt',
      'abgeschlossen',
      'in bearbeitung',
      'terminée',
      'terminé',
      'en cours',
      'completado',
      'completada',
      'procesando',
      'zrealizowane',
      'w trakcie realizacji',
      'выполнен',
      'обработка',
      'تکمیل شده',
      'در حال انجام',
    ],
  ],
  [
    'pending',
    [
      'pending',
      'pending payment',
      'on hold',
      'authorized',
      'unpaid',
      'wartend',
      'in wartestellung',
      'zahlung ausstehend',
      'en attente',
      'attente paiement',
      'en espera',
      'pendiente de pago',
      'pendiente',
      'wstrzymane',
      'wstrzymane (oczekujące)',
      'oczekujące na płatność',
      'на удержании',
      'в ожидании оплаты',
      'в ожидании',
      'در انتظار بررسی',
      'در انتظار پرداخت',
    ],
  ],
  ['partially_refunded', ['partially refunded', 'teilweise erstattet']],
  [
    'refunded',
    [
      'refunded',
      'rückerstattet',
      'erstattet',
      'remboursée',
      'reembolsado',
      'zwrócone',
      'возвращён',
      'возвращен',
      'مسترد شده',
    ],
  ],
  [
    'cancelled',
    [
      'cancelled',
      'canceled',
      'trash',
      'storniert',
      'annulée',
      'cancelado',
      'anulowane',
      'отменён',
      'отменен',
      'لغو شده',
    ],
  ],
  ['failed', ['failed', 'fehlgeschlagen', 'échouée', 'fallido', 'nieudane', 'не удался', 'ناموفق']],
  ['voided', ['voided', 'void', 'expired']],
  [
    'draft',
    [
      'checkout draft',
      'draft',
      'entwurf',
      'brouillon',
      'borrador',
      'szkic',
      'черновик',
      'پیش‌نویس',
      'پیش نویس',
    ],
  ],
];

const STATUS: Record<string, OrderStatus | 'draft'> = Object.fromEntries(
  STATUS_WORDS.flatMap(([status, words]) => words.map((w) => [w, status] as const)),
);

const LIFECYCLE: Record<string, string> = {
  subscriber: 'subscriber',
  lead: 'lead',
  'marketing qualified lead': 'marketingqualifiedlead',
  'sales qualified lead': 'salesqualifiedlead',
  opportunity: 'opportunity',
  customer: 'customer',
  evangelist: 'evangelist',
  other: 'other',
};

/** HubSpot exports labels ("Marketing Qualified Lead"); profiles keep internal values. */
export function parseLifecycle(raw: string): string | null {
  const key = raw.trim().toLowerCase();
  if (!key) return null;
  return Object.hasOwn(LIFECYCLE, key) ? LIFECYCLE[key]! : key.replace(/\s+/g, '');
}

/** HubSpot lead status label → lower-case internal value ("In Progress" → in_progress). */
export function parseLeadStatus(raw: string): string | null {
  const key = raw.trim().toLowerCase().replace(/\s+/g, '_');
  return key || null;
}

/**
 * A phone number as a customer key: digits with the leading `+` kept, Excel's apostrophe
 * and any punctuation dropped; null when fewer than six digits remain (not a number).
 */
export function normalizePhone(raw: string): string | null {
  const text = raw.trim().replace(/^'/, '');
  const digits = text.replace(/\D/g, '');
  if (digits.length < 6 || digits.length > 20) return null;
  return (text.startsWith('+') || text.startsWith('00') ? '+' : '') + digits.replace(/^00/, '');
}

/** HubSpot's NPS rating (0–10), or null. */
export function parseNps(raw: string): number | null {
  const value = parseAmount(raw);
  return value !== null && value >= 0 && value <= 10 ? value : null;
}
