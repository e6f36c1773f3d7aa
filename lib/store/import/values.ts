/**
 * Reading the cell values of CRM exports (pure). Exports write machine-formatted values,
 * but spreadsheets re-save them with currency signs, thousands separators or a leading
 * apostrophe (Excel's "keep as text"), so each reader accepts those and refuses the rest.
 */
import type { OrderStatus } from '../../domain/profile';

/** "1,234.56", "$1 234,56", "-12.5", "'123" → a finite number, or null. */
export function parseAmount(raw: string): number | null {
  let text = raw
    .trim()
    .replace(/^'/, '')
    .replace(/[\s\u00a0\u202f]/g, '');
  // Currency signs and ISO codes only: "=HYPERLINK(1)" must not read as 1.
  text = text.replace(/^(?:\p{Sc}|[A-Z]{3})+|(?:\p{Sc}|[A-Z]{3})+$/gu, '');
  if (!/^[-+]?[\d.,]+$/.test(text)) return null;
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  // The right-most separator is the decimal one when it has 1–2 digits after it.
  if (lastComma > lastDot && /,\d{1,2}$/.test(text))
    text = text.replace(/\./g, '').replace(',', '.');
  else text = text.replace(/,/g, '');
  const value = Number(text);
  return Number.isFinite(value) && Math.abs(value) < 1e12 ? value : null;
}

export function parseCount(raw: string): number | null {
  const value = parseAmount(raw);
  return value !== null && Number.isInteger(value) && value >= 0 ? value : null;
}

/**
 * "2024-01-15 10:23:45 -0500" (Shopify), "2024-01-15 10:23:45" / "2024-01-15T10:23:45"
 * (WooCommerce, HubSpot), "2024-01-15", "9/6/2016 6:29:00" (month first, as the
 * WooCommerce export documents it) → ISO 8601, or null.
 */
export function parseDate(raw: string): string | null {
  const text = raw.trim();
  if (!text) return null;
  const iso =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/.exec(
      text,
    );
  if (iso) {
    const [, y, mo, d, h, mi, s, zone] = iso;
    if (h === undefined) return validDay(`${y}-${mo}-${d}`);
    const offset = zone ? (zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`) : 'Z';
    return toIso(`${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${offset}`);
  }
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  if (us) {
    const [, mo, d, y, h, mi, s] = us;
    const day = `${y}-${mo!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
    if (h === undefined) return validDay(day);
    return toIso(`${day}T${h.padStart(2, '0')}:${mi}:${s ?? '00'}Z`);
  }
  return null;
}

function validDay(day: string): string | null {
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(day) ? day : null;
}

function toIso(text: string): string | null {
  const parsed = new Date(text);
  return Number.isNaN(parsed.getTime()) ? null : parsed.toISOString();
}

const STATUS: Record<string, OrderStatus> = {
  paid: 'paid',
  completed: 'paid',
  processing: 'paid',
  'partially paid': 'paid',
  partially_paid: 'paid',
  pending: 'pending',
  'on-hold': 'pending',
  authorized: 'pending',
  unpaid: 'pending',
  partially_refunded: 'partially_refunded',
  'partially refunded': 'partially_refunded',
  refunded: 'refunded',
  cancelled: 'cancelled',
  canceled: 'cancelled',
  failed: 'failed',
  voided: 'voided',
};

/** Shopify financial statuses and WooCommerce order statuses (with or without `wc-`). */
export function parseStatus(raw: string): OrderStatus | null {
  const key = raw.trim().toLowerCase().replace(/^wc-/, '');
  return Object.hasOwn(STATUS, key) ? STATUS[key]! : null;
}

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
