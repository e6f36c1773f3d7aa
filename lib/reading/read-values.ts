/**
 * Reading typed values out of page elements, machine values first: a `time[datetime]` or a
 * `mailto:` href says exactly what the display text only approximates (research §5).
 * Every reader returns undefined for what it cannot read; callers report it, never guess.
 */
import { parseDate } from './parse/date';
import { parseMoney } from './parse/money';
import { cleanText } from './parse/text';
import { textOf } from './select';

export interface ValueContext {
  now: Date;
  /** The page's `<html lang>`, a hint for separators and month names. */
  locale?: string;
}

/** The page language as a BCP 47 tag, when the page declares one. */
export function pageLocale(document: Document): string | undefined {
  const lang = document.documentElement.getAttribute('lang')?.trim();
  return lang && /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(lang) ? lang : undefined;
}

/** A `datetime` attribute that is a real date, kept as written (already ISO 8601). */
function machineDate(el: Element): string | undefined {
  const time = el.matches('time[datetime]') ? el : el.querySelector('time[datetime]');
  const value = time?.getAttribute('datetime')?.trim();
  return value && value.length <= 40 && !Number.isNaN(Date.parse(value)) ? value : undefined;
}

export function readDate(el: Element | null, ctx: ValueContext): string | undefined {
  if (!el) return undefined;
  const machine = machineDate(el);
  if (machine) return machine;
  return dateFromText(textOf(el, 200), ctx);
}

export function dateFromText(text: string, ctx: ValueContext): string | undefined {
  return text ? (parseDate(text, { now: ctx.now, locale: ctx.locale }) ?? undefined) : undefined;
}

export interface ReadMoney {
  amount: number;
  currency?: string;
}

export function readMoney(el: Element | null, ctx: ValueContext): ReadMoney | undefined {
  return moneyFromText(textOf(el, 200), ctx);
}

/** Money from text already taken off the page (e.g. the part after "Amount:"). */
export function moneyFromText(text: string, ctx: ValueContext): ReadMoney | undefined {
  if (!text) return undefined;
  const money = parseMoney(text, { locale: ctx.locale });
  if (!money || !Number.isFinite(money.amount)) return undefined;
  return money.currency
    ? { amount: money.amount, currency: money.currency }
    : { amount: money.amount };
}

/** A plain e-mail, lower-cased and trimmed; from `mailto:` when the element is a link. */
export function readEmail(el: Element | null): string | undefined {
  if (!el) return undefined;
  const href = el.getAttribute('href');
  let raw = textOf(el, 320);
  if (href?.toLowerCase().startsWith('mailto:')) {
    try {
      raw = decodeURIComponent(href.slice('mailto:'.length).split('?')[0] ?? '');
    } catch {
      // a malformed escape in the href: fall back to the visible text
    }
  }
  // Invisible characters would make two spellings of one address two customers.
  const email = cleanText(raw, 320).toLowerCase();
  return /^[^\s@<>"']{1,64}@[^\s@<>"']{1,255}$/.test(email) ? email : undefined;
}

/** A whole number shown alone ("7"), as on a summary bar; undefined otherwise. */
export function readWholeNumber(el: Element | null): number | undefined {
  const text = textOf(el, 50).replace(/[\s,.\u00A0\u202F]/g, '');
  if (!/^\d{1,9}$/.test(text)) return undefined;
  return Number(text);
}

/** The numeric id after `segment/` in a link's href (`/orders/123` → "123"). */
export function idFromHref(el: Element | null, segment: RegExp): string | undefined {
  const href = el?.getAttribute('href') ?? '';
  return segment.exec(href)?.[1];
}
