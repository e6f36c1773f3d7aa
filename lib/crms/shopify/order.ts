/**
 * Reads a Shopify admin order page (research §2.6, structure M): the header's payment badge
 * and date, the totals block (Total, Discount, Refunded / Net payment) and the Customer card
 * (link, e-mail, "N orders"). The order becomes the customer's one known order.
 */
import type { Order, Profile } from '../../domain/profile';
import { parseCount } from '../../reading/parse/count';
import { readEmail } from '../../reading/read-values';
import { findDate, findPaymentStatus, moneyIn, resourceId, type ShopifyContext } from './context';
import { blockOf, cardOf, findLabels, readLabeled } from './fields';
import { ORDER_COUNT_NOUN, type ShopifyField } from './labels';
import { leaves, textOf } from '../../reading/select';

/** A totals line: its amount, or whether the line is shown at all (`found`). */
function line(main: Element, field: ShopifyField, ctx: ShopifyContext) {
  return readLabeled(main, field, ctx.langs, (el) => moneyIn(el, ctx));
}

/**
 * An adjustment line (Discount, Refunded) as a size: lines print as negatives ("−$10.00").
 * The totals block lists every adjustment, so once its Total line was read in a known
 * language, a missing line is a real zero; a line shown but unreadable stays unknown.
 */
function adjustment(main: Element, field: ShopifyField, ctx: ShopifyContext): number | undefined {
  const { found, value } = line(main, field, ctx);
  if (!found) return 0;
  if (value === undefined) {
    ctx.sel.note(`label.${field}:unparsed`);
    return undefined;
  }
  return Math.abs(value.amount);
}

/**
 * The totals section: the table holding the Total line. Only there: a buyer writes
 * line-item properties ("Total: $0.01") and order notes, which the admin shows as text
 * in the line items and the Notes card, and text can make no table row. A page drawn
 * without such a table gives no totals (a diagnostic), never totals read from buyer text.
 */
function totalsSection(main: Element, ctx: ShopifyContext): Element | null {
  for (const label of findLabels(main, 'total', ctx.langs)) {
    const table = label.closest('td, th') ? label.closest('table') : null;
    if (table) return table;
  }
  return null;
}

function readOrder(main: Element, orderId: string, ctx: ShopifyContext): Order | undefined {
  const title = ctx.sel.one('page.title', main);
  const header = title ? blockOf(title) : main;
  const totals = totalsSection(main, ctx);
  if (!totals) {
    ctx.sel.note('order.totals');
    return undefined;
  }
  const total = line(totals, 'total', ctx).value;
  const placedAt = findDate(header, ctx);
  if (!total || !placedAt) {
    ctx.sel.note(total ? 'order.date:unparsed' : 'label.total');
    return undefined;
  }
  const order: Order = { id: orderId, placedAt, total: total.amount };
  if (total.currency) order.currency = total.currency;
  const status = findPaymentStatus(header, ctx);
  if (status) order.status = status;
  const discount = adjustment(totals, 'discount', ctx);
  if (discount !== undefined) order.discount = discount;
  // "Net payment" without a "Refunded" line still implies the refund: charged minus kept.
  const net = line(totals, 'netPayment', ctx).value?.amount;
  const refundLine = adjustment(totals, 'refunded', ctx);
  const implied = net !== undefined && net < total.amount ? total.amount - net : undefined;
  const refund = refundLine === 0 && implied !== undefined ? implied : refundLine;
  if (refund !== undefined) order.refunded = Math.round(refund * 100) / 100;
  return order;
}

/** "7 orders" in the Customer card; only a leaf that names orders (an address has digits too). */
function orderCount(card: Element): number | undefined {
  for (const leaf of leaves(card)) {
    const text = textOf(leaf, 100);
    if (leaf.closest('a[href*="/customers/"]') || !ORDER_COUNT_NOUN.test(text)) continue;
    const count = parseCount(text);
    if (count !== null) return count;
  }
  return undefined;
}

/** Card headings only: an order note saying "Customer" is the buyer's text, not a card. */
const isHeading = (el: Element) => el.closest('h1, h2, h3, h4') !== null;

export function readShopifyOrder(main: Element, orderId: string, ctx: ShopifyContext) {
  const heading = findLabels(main, 'customer', ctx.langs).filter(isHeading)[0];
  if (!heading) ctx.sel.note('label.customer');
  const card = heading ? cardOf(heading, 'a[href*="/customers/"], a[href^="mailto:"]') : null;
  const link = card ? ctx.sel.one('customer.link', card) : null;
  const customerId = resourceId(link?.getAttribute('href') ?? null, 'customers');
  const email = card ? readEmail(ctx.sel.optional('customer.email', card)) : undefined;
  if (!customerId && !email) {
    ctx.sel.note('order.customer:no-key');
    return null;
  }
  const profile: Profile = {
    key: {
      crm: 'shopify',
      account: ctx.store,
      ...(customerId && { id: customerId }),
      ...(email && { email }),
    },
  };
  const name = textOf(link);
  if (name) profile.name = name;
  if (email) profile.email = email;
  const count = card ? orderCount(card) : undefined;
  if (count !== undefined) profile.summary = { orderCount: count };
  const order = readOrder(main, orderId, ctx);
  if (order) profile.orders = [order];
  return { profile, anchor: link };
}
