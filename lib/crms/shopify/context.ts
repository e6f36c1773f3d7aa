/**
 * What every Shopify page reader shares: the selection (and its diagnostics), the label
 * languages to try, the value context and the store handle. Also the order-level readers
 * used by several pages (payment badge, money in a card).
 */
import { readDate, readMoney, type ReadMoney, type ValueContext } from '../../reading/read-values';
import type { ShopifyLanguage } from './labels';
import { paymentStatus } from './statuses';
import type { ShopifyKey } from './selectors';
import { leaves, type Selection, textOf } from '../../reading/select';

export interface ShopifyContext {
  sel: Selection<ShopifyKey>;
  langs: ShopifyLanguage[];
  values: ValueContext;
  store: string;
}

/** The payment status a badge in `root` shows, mapped to profile statuses. */
export function findPaymentStatus(root: ParentNode, ctx: ShopifyContext): string | undefined {
  for (const leaf of leaves(root)) {
    const status = paymentStatus(textOf(leaf, 80), ctx.langs);
    if (status) return status;
  }
  return undefined;
}

/** Money written with a currency marker: keeps "#1042" or "7" from passing for a total. */
const CURRENCY_MARK = /\p{Sc}|zł|kr|\b[A-Z]{3}\b|руб|грн/u;

export function moneyIn(el: Element, ctx: ShopifyContext): ReadMoney | undefined {
  return CURRENCY_MARK.test(textOf(el, 100)) ? readMoney(el, ctx.values) : undefined;
}

/** The first currency-marked amount among the leaves of `root`. */
export function firstMoney(root: ParentNode, ctx: ShopifyContext): ReadMoney | undefined {
  for (const leaf of leaves(root)) {
    const money = moneyIn(leaf, ctx);
    if (money) return money;
  }
  return undefined;
}

/** A date in `root`: a machine `time[datetime]` first, then any leaf that parses. */
export function findDate(root: ParentNode, ctx: ShopifyContext): string | undefined {
  const time = ctx.sel.optional('date.machine', root);
  const machine = readDate(time, ctx.values);
  if (machine) return machine;
  for (const leaf of leaves(root)) {
    const text = textOf(leaf, 100);
    if (!text || text.startsWith('#')) continue;
    const date = readDate(leaf, ctx.values);
    if (date) return date;
  }
  return undefined;
}

/** Shopify's numeric resource id in an admin href (`/customers/123`, `/orders/456`). */
export function resourceId(href: string | null, kind: 'customers' | 'orders'): string | undefined {
  return new RegExp(`/${kind}/(\\d+)(?:[/?#]|$)`).exec(href ?? '')?.[1];
}
