/**
 * Reads a WooCommerce order edit screen (legacy and HPOS share its meta boxes, research §3.4,
 * H): the customer (user id from the customer select or its "Profile →" link; e-mail from the
 * billing fields), this order (date, status, total net of refunds), and the customer-history
 * box (WooCommerce ≥ 8.5) as the customer's order count and total spent.
 *
 * Order notes are not read as support tickets: a "customer note" is a message the shop sent
 * to the customer and a system note is a status change, so neither says the customer
 * complained. Tickets stay unknown rather than guessed (decision 2026-11-23).
 */
import type { Order, OrderSummary, Profile } from '../../domain/profile';
import { parseCount } from '../../reading/parse/count';
import { parseDate } from '../../reading/parse/date';
import { textOf } from '../../reading/select';
import {
  emailOf,
  inputValue,
  parseCustomerOption,
  readWooMoney,
  shopInstant,
  userIdFromHref,
  wooKey,
  type WooContext,
} from './context';
import { isOrderTotalLabel } from './labels';
import { mapStatus } from './status';

function readCustomerId(root: ParentNode, ctx: WooContext): string | undefined {
  const option = ctx.sel.optional('order.customer', root);
  const value = option?.getAttribute('value') ?? '';
  if (/^[1-9]\d{0,19}$/.test(value)) return value;
  const link = ctx.sel.optional('order.profileLink', root);
  return userIdFromHref(link?.getAttribute('href') ?? null, ctx);
}

/**
 * The order's creation time. The date inputs hold the shop's wall time with no zone
 * (class-wc-meta-box-order-data.php fills them with date_i18n() of the offset timestamp),
 * so the shop's zone turns them into an instant; without the hour and minute the day
 * alone is exact.
 */
function readPlacedAt(root: ParentNode, ctx: WooContext): string | undefined {
  const day = inputValue(ctx.sel.one('order.date', root), 20);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const hour = inputValue(ctx.sel.optional('order.dateHour', root), 2);
  const minute = inputValue(ctx.sel.optional('order.dateMinute', root), 2);
  const secondInput = inputValue(ctx.sel.optional('order.dateSecond', root), 2);
  const second = /^\d{1,2}$/.test(secondInput) ? secondInput : '0';
  if (!/^\d{1,2}$/.test(hour) || !/^\d{1,2}$/.test(minute)) {
    return parseDate(day, { now: ctx.values.now }) ?? undefined;
  }
  const two = (v: string) => v.padStart(2, '0');
  return shopInstant(`${day} ${two(hour)}:${two(minute)}:${two(second)}`, ctx);
}

/** Rows of the refund form (hidden until "Refund" is clicked): its amounts are not the order's. */
const outsideRefundForm = (row: Element) => row.closest('.wc-order-refund-items') === null;

/**
 * The "Order Total" row by its label; else, where the label is in a language Rung does not
 * know, the last row of the first totals table, which is where html-order-items.php puts it.
 */
function readTotal(root: ParentNode, ctx: WooContext) {
  const rows = ctx.sel.all('order.totalsRow', root, outsideRefundForm);
  const labelled = rows.find((r) => isOrderTotalLabel(textOf(r.querySelector('td.label'), 100)));
  if (!labelled) ctx.sel.note('order.totalsRow:label');
  const firstTable = rows[0]?.closest('table');
  const row = labelled ?? rows.filter((r) => r.closest('table') === firstTable).at(-1);
  const total = readWooMoney(row?.querySelector('td.total') ?? null, ctx);
  const refundCell = rows.map((r) => r.querySelector('td.total.refunded-total')).find(Boolean);
  const refunded = readWooMoney(refundCell ?? null, ctx);
  return total
    ? { ...total, refunded: refunded ? Math.abs(refunded.amount) : undefined }
    : undefined;
}

function readOrder(root: ParentNode, orderId: string, ctx: WooContext): Order | undefined {
  const status = mapStatus(ctx.sel.one('order.status', root)?.getAttribute('value') ?? undefined);
  if (status.skip) return undefined;
  const placedAt = readPlacedAt(root, ctx);
  const total = readTotal(root, ctx);
  if (!placedAt) ctx.sel.unparsed('order.date');
  if (!total) ctx.sel.unparsed('order.totalsRow');
  if (!placedAt || !total) return undefined;
  const order: Order = { id: orderId, placedAt, total: total.original ?? total.amount };
  if (total.currency) order.currency = total.currency;
  if (status.status) order.status = status.status;
  if (total.refunded) order.refunded = total.refunded;
  return order;
}

function readHistory(root: ParentNode, ctx: WooContext): OrderSummary | undefined {
  const countEl = ctx.sel.one('history.orders', root);
  const count = countEl ? parseCount(textOf(countEl, 50)) : null;
  if (countEl && count === null) ctx.sel.unparsed('history.orders');
  const spendEl = ctx.sel.one('history.spend', root);
  const spend = readWooMoney(spendEl, ctx);
  if (spendEl && !spend) ctx.sel.unparsed('history.spend');
  if (count === null && !spend) return undefined;
  const summary: OrderSummary = {};
  if (count !== null) summary.orderCount = count;
  if (spend) summary.totalSpent = spend.amount;
  if (spend?.currency) summary.currency = spend.currency;
  return summary;
}

function readName(root: ParentNode, ctx: WooContext, optionName?: string): string {
  const first = inputValue(ctx.sel.optional('order.billingFirst', root), 200);
  const last = inputValue(ctx.sel.optional('order.billingLast', root), 200);
  return `${first} ${last}`.trim() || optionName || '';
}

export function readOrderEdit(root: ParentNode, orderId: string, ctx: WooContext) {
  const userId = readCustomerId(root, ctx);
  const option = parseCustomerOption(textOf(ctx.sel.optional('order.customer', root), 700));
  const email = emailOf(ctx.sel.one('order.billingEmail', root)) ?? option.email;
  // A guest has no user id: key by billing e-mail, or leave the order out (lead decision).
  const key = wooKey(ctx, userId, email);
  if (!key) {
    ctx.sel.note('order.customer:none');
    return null;
  }
  const profile: Profile = { key };
  const name = readName(root, ctx, option.name);
  if (name) profile.name = name;
  if (email) profile.email = email;
  const order = readOrder(root, orderId, ctx);
  if (order) profile.orders = [order];
  const summary = readHistory(root, ctx);
  if (summary) profile.summary = summary;
  return { profile, anchor: ctx.sel.one('order.heading', root) };
}
