/**
 * What every WooCommerce screen reader shares: the selection (and its diagnostics), the value
 * context, the account (site host), and readers for the value shapes WooCommerce repeats:
 * `wc_price()` money with refunds in `<del>/<ins>`, form inputs, the customer-select option
 * text `{name} (#{id} – {email})`, and user ids in hrefs.
 */
import type { CustomerKey } from '../../domain/profile';
import { parseDate } from '../../reading/parse/date';
import { parseMoney } from '../../reading/parse/money';
import { cleanText } from '../../reading/parse/text';
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

/** A date from a machine attribute first (`datetime`, then `title`), then the visible text. */
export function readWooDate(el: Element | null, ctx: WooContext): string | undefined {
  if (!el) return undefined;
  const opts = { now: ctx.values.now, locale: ctx.values.locale };
  for (const raw of [el.getAttribute('datetime'), el.getAttribute('title'), el.textContent]) {
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

/** `Ada Lovelace (#5 – ada@example.com)`, WooCommerce's customer option text (§3.2, §3.4). */
export function parseCustomerOption(text: string): CustomerOption {
  const m = /^(.*?)\s*\(#([1-9]\d{0,19})\s*[–—-]\s*([^()]*)\)$/.exec(cleanText(text, 700));
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
