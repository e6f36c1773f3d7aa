/**
 * What every WooCommerce screen reader shares: the selection (and its diagnostics), the value
 * context, the account (site host), and readers for the value shapes WooCommerce repeats:
 * `wc_price()` money with refunds in `<del>/<ins>`, form inputs, the customer-select option
 * text `{name} (#{id} – {email})`, and user ids in hrefs.
 */
import type { CustomerKey } from '../../domain/profile';
import { parseDate } from '../../reading/parse/date';
import { decodeCharacterReferences } from '../../reading/parse/entities';
import { parseMoney } from '../../reading/parse/money';
import { cleanText } from '../../reading/parse/text';
import { instantOfWallTime, type ShopZone } from '../../reading/parse/wall-time';
import { readEmail, type ValueContext } from '../../reading/read-values';
import { type Selection, textOf } from '../../reading/select';
import type { WooKey } from './selectors';

export interface WooContext {
  sel: Selection<WooKey>;
  values: ValueContext;
  /** The site host: WooCommerce's account (lead decision 2026-11-23). */
  account: string;
  /** The page URL, to resolve relative hrefs. */
  url: URL;
  /** The shop's time zone from the page's wp.date settings; null when the page has none. */
  zone: ShopZone | null;
}

export interface WooMoney {
  amount: number;
  currency?: string;
  /** For refunded totals: the original amount struck through in `<del>`. */
  original?: number;
}

function moneyOf(el: Element | null, ctx: WooContext) {
  const text = textOf(el, 100);
  return text ? parseMoney(text, { locale: ctx.values.locale }) : null;
}

/** Money written as the element's whole text (`$1,234.56`), without wc_price spans. */
export function readPlainMoney(el: Element | null, ctx: WooContext): WooMoney | undefined {
  const money = moneyOf(el, ctx);
  if (!money) return undefined;
  return money.currency
    ? { amount: money.amount, currency: money.currency }
    : { amount: money.amount };
}

/** Whether `el` sits inside a `tag` element below `stop` (cheaper than closest() per row). */
function insideTag(el: Element, tag: string, stop: Element): boolean {
  for (let cur = el.parentElement; cur && cur !== stop; cur = cur.parentElement) {
    if (cur.tagName === tag) return true;
  }
  return false;
}

/**
 * The `wc_price()` amount in `cell`, net of refunds when the cell shows `<del>old</del>
 * <ins>net</ins>`. `amounts` may be passed when the caller already has them (list pages
 * query all amounts once, not once per row).
 */
export function readWooMoney(
  cell: Element | null,
  ctx: WooContext,
  amounts?: readonly Element[],
): WooMoney | undefined {
  if (!cell) return undefined;
  const found = amounts ?? ctx.sel.optionalAll('money.amount', cell);
  const inserted = found.find((a) => insideTag(a, 'INS', cell));
  const net = moneyOf(inserted ?? found.find((a) => !insideTag(a, 'DEL', cell)) ?? null, ctx);
  if (!net) return undefined;
  const out: WooMoney = { amount: net.amount };
  if (net.currency) out.currency = net.currency;
  if (inserted) {
    const original = moneyOf(ctx.sel.optional('money.original', cell), ctx);
    if (original && original.amount !== net.amount) out.original = original.amount;
  }
  return out;
}

/** The current value of a form field, as safe bounded text. */
export function inputValue(el: Element | null, max = 500): string {
  if (!el) return '';
  const value = 'value' in el && typeof el.value === 'string' ? el.value : el.getAttribute('value');
  return cleanText(value ?? '', max);
}

/**
 * A wall-clock time as WooCommerce prints it: `2026-11-25T08:05:00+00:00` (the orders list's
 * `WC_DateTime::date('c')`, which formats the shop's local time and labels it +00:00),
 * `2026-11-26 08:00:12` (wc-admin's Date component) or a date input's parts.
 */
const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(\+00:?00)?$/;

/**
 * The instant a shop-local time names, in the shop's zone. Without a zone on the page the
 * text is read as the date parser reads it (zoneless times in the browser's zone), and the
 * missing zone is reported.
 */
export function shopInstant(text: string, ctx: WooContext): string | undefined {
  const m = WALL_TIME.exec(text.trim());
  if (!m || !ctx.zone) {
    if (m) ctx.sel.note('page.zone');
    return parseDate(text, { now: ctx.values.now, locale: ctx.values.locale }) ?? undefined;
  }
  const n = (i: number) => Number(m[i] ?? 0);
  const wall = { year: n(1), month: n(2), day: n(3), hour: n(4), minute: n(5), second: n(6) };
  const dayExists = parseDate(`${m[1]}-${m[2]}-${m[3]}`, { now: ctx.values.now }) !== null;
  if (!dayExists || wall.hour > 23 || wall.minute > 59 || wall.second > 59) return undefined;
  return instantOfWallTime(wall, ctx.zone) ?? undefined;
}

/**
 * A date from a machine attribute first (`datetime`, then `title`), then the visible text.
 * WooCommerce's machine times are shop-local wall times (see WALL_TIME); any other ISO
 * form (a real offset, `Z`, a bare day) is exact as written.
 */
export function readWooDate(el: Element | null, ctx: WooContext): string | undefined {
  if (!el) return undefined;
  const opts = { now: ctx.values.now, locale: ctx.values.locale };
  const machine = el.getAttribute('datetime')?.trim();
  if (machine && machine.length <= 40) {
    const date = WALL_TIME.test(machine) ? shopInstant(machine, ctx) : parseDate(machine, opts);
    if (date) return date;
  }
  for (const raw of [el.getAttribute('title'), el.textContent]) {
    const date = raw ? parseDate(raw, opts) : null;
    if (date) return date;
  }
  return undefined;
}

export interface CustomerOption {
  name?: string;
  id?: string;
  email?: string;
}

/**
 * WooCommerce's customer option text: `{name} (#{id} – {email})` (`n°{id}` in French). The
 * page escapes it twice, so the dash arrives as a literal `&ndash;`: references are decoded
 * as characters first (never as markup).
 */
const CUSTOMER_OPTION = /^(.*?)\s*\((?:#|n°|n&deg;)\s*([1-9]\d{0,19})\s*[–—-]\s*([^()]*)\)$/;

export function parseCustomerOption(text: string): CustomerOption {
  const m = CUSTOMER_OPTION.exec(cleanText(decodeCharacterReferences(text), 700));
  if (!m) return {};
  const out: CustomerOption = { id: m[2] as string };
  const name = cleanText(m[1] ?? '', 500);
  if (name) out.name = name;
  const email = emailFromText(m[3] ?? '');
  if (email) out.email = email;
  return out;
}

/** A plain e-mail address from text, lower-cased; undefined when it is not one. */
export function emailFromText(text: string): string | undefined {
  const email = cleanText(text, 320).toLowerCase();
  return /^[^\s@<>"'()]{1,64}@[^\s@<>"'()]{1,255}$/.test(email) ? email : undefined;
}

/** E-mail from a `mailto:` link or an input; undefined when neither holds one. */
export function emailOf(el: Element | null): string | undefined {
  if (!el) return undefined;
  if (el.tagName === 'INPUT') return emailFromText(inputValue(el, 320));
  // readEmail decodes the mailto: href; clean it again so invisible characters never survive.
  const linked = readEmail(el);
  return linked ? emailFromText(linked) : undefined;
}

/**
 * The user id in an http(s) link such as `user-edit.php?user_id=5`. Resolving against the
 * page URL and checking the scheme keeps a `javascript:` href from passing for a profile.
 */
export function userIdFromHref(href: string | null, ctx: WooContext, param = 'user_id') {
  if (!href) return undefined;
  try {
    const url = new URL(href, ctx.url);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    const id = url.searchParams.get(param);
    return id && /^[1-9]\d{0,19}$/.test(id) ? id : undefined;
  } catch {
    return undefined;
  }
}

/** A customer key, or null when there is neither a user id nor an e-mail to key by. */
export function wooKey(ctx: WooContext, id?: string, email?: string): CustomerKey | null {
  if (!id && !email) return null;
  return {
    crm: 'woocommerce',
    account: ctx.account,
    ...(id && { id }),
    ...(email && { email }),
  };
}
