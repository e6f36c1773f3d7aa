/**
 * Reads WooCommerce's orders list, HPOS and legacy alike (research §3.2, H). List rows carry
 * no customer id or e-mail (the billing column omits the e-mail), so rows can only be tied
 * to a customer when the list is filtered by `_customer_user`: then every row is that
 * customer's order, and the filter's own option names them. Unfiltered, each row is left out
 * with a `list.row:no-customer` diagnostic rather than keyed by a name that is not unique.
 */
import type { Order, Profile } from '../../domain/profile';
import { textOf } from '../../reading/select';
import type { PageRead } from '../../reading/types';
import { parseCustomerOption, readWooDate, readWooMoney, wooKey, type WooContext } from './context';
import { RowIndex } from './row-index';
import { mapStatus, statusFromClasses } from './status';

type ListRead = Pick<PageRead, 'anchors'> & { customers: Profile[] };

/** `order-1024` (HPOS) or `post-1024` (legacy) → `1024`. */
const ROW_ID = /^(?:order|post)-(\d{1,20})$/;

/** The order in one row, or null when the row is a draft or a value cannot be read. */
function readRow(
  row: Element,
  index: RowIndex,
  amounts: Map<Element, Element[]>,
  ctx: WooContext,
): Order | null {
  const id = ROW_ID.exec(row.id)?.[1];
  const mark = index.one('row.status', row);
  const status = mapStatus(statusFromClasses(mark) ?? statusFromClasses(row)?.replace(/^wc-/, ''));
  if (status.skip || !id) return null;
  const placedAt = readWooDate(index.one('row.date', row), ctx);
  const cell = index.one('row.total', row);
  const total = readWooMoney(cell, ctx, cell ? (amounts.get(cell) ?? []) : []);
  if (!placedAt) ctx.sel.unparsed('row.date');
  if (!total) ctx.sel.unparsed('row.total');
  if (!placedAt || !total) return null;
  const order: Order = { id, placedAt, total: total.original ?? total.amount };
  if (total.currency) order.currency = total.currency;
  if (status.status) order.status = status.status;
  if (total.original !== undefined) order.refunded = total.original - total.amount;
  return order;
}

/** "#1024 Ada Lovelace" → "Ada Lovelace" (the order number comes first, §3.2). */
function buyerName(row: Element, ctx: WooContext): string {
  return textOf(ctx.sel.optional('row.title', row)).replace(/^#\S+\s*/, '');
}

export function readOrdersList(
  root: ParentNode,
  customerId: string | undefined,
  ctx: WooContext,
): ListRead {
  const rows = ctx.sel.all('list.row', root);
  if (!customerId) {
    if (rows.length > 0) ctx.sel.note('list.row:no-customer');
    return { customers: [], anchors: [] };
  }
  const option = parseCustomerOption(textOf(ctx.sel.one('list.customerFilter', root), 700));
  // The option must describe the user the URL filters by; otherwise trust only the URL.
  const named = option.id === customerId ? option : {};
  const key = wooKey(ctx, customerId, named.email);
  if (!key) return { customers: [], anchors: [] };
  const list = rows[0]?.parentElement ?? root;
  const index = new RowIndex(list, ctx);
  const amounts = index.byCell('money.amount');
  const orders: Order[] = [];
  for (const row of rows) {
    const order = readRow(row, index, amounts, ctx);
    if (order) orders.push(order);
  }
  const profile: Profile = { key };
  const name = named.name ?? (rows[0] ? buyerName(rows[0], ctx) : '');
  if (name) profile.name = name;
  if (named.email) profile.email = named.email;
  if (orders.length > 0) profile.orders = orders;
  return { customers: [profile], anchors: [ctx.sel.one('page.heading', root)] };
}
