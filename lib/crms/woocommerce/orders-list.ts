/**
 * Reads WooCommerce's orders list, HPOS and legacy alike (src/Internal/Admin/Orders/
 * ListTable.php renders both). Every row is read as an order: id (tr#order-N / tr#post-N),
 * time (the `<time datetime>` is shop-local wall time), status (mark.order-status), total
 * and refund (get_formatted_order_total(): `<del>original</del> <ins>net</ins>`).
 *
 * Filtered by `_customer_user`, every row is that customer's order and the filter's own
 * option names them: one customer, badged at the heading. Unfiltered, a row carries only the
 * buyer's billing name, so each row's buyer is a provisional customer keyed by that name
 * (./woocommerce.provisional.ts), badged in its row; the background attributes an order it
 * already knows to its real customer.
 */
import type { Order, Profile } from '../../domain/profile';
import { moneyDifference } from '../../reading/parse/money';
import { cleanText } from '../../reading/parse/text';
import { textOf } from '../../reading/select';
import type { PageRead } from '../../reading/types';
import { parseCustomerOption, readWooDate, readWooMoney, wooKey, type WooContext } from './context';
import { provisionalKey } from './provisional';
import { RowIndex } from './row-index';
import { mapStatus, statusFromClasses } from './status';
import { visibleText } from './visible-text';

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
  if (total.original !== undefined) {
    order.refunded = moneyDifference(total.original, total.amount, total.currency);
  }
  return order;
}

/** "#1024 Ada Lovelace" → "Ada Lovelace" (the order number comes first). */
function buyerName(row: Element, index: RowIndex): string {
  return cleanText(visibleText(index.one('row.title', row), 600).replace(/^#\S+\s*/, ''), 500);
}

function readFiltered(
  rows: Element[],
  orders: (Order | null)[],
  customerId: string,
  root: ParentNode,
  index: RowIndex,
  ctx: WooContext,
): ListRead {
  const option = parseCustomerOption(textOf(ctx.sel.one('list.customerFilter', root), 700));
  // The option must describe the user the URL filters by; otherwise trust only the URL.
  const named = option.id === customerId ? option : {};
  const key = wooKey(ctx, customerId, named.email);
  if (!key) return { customers: [], anchors: [] };
  const profile: Profile = { key };
  const name = named.name ?? (rows[0] ? buyerName(rows[0], index) : '');
  if (name) profile.name = name;
  if (named.email) profile.email = named.email;
  const read = orders.filter((o): o is Order => o !== null);
  if (read.length > 0) profile.orders = read;
  return { customers: [profile], anchors: [ctx.sel.one('page.heading', root)] };
}

function readUnfiltered(
  rows: Element[],
  orders: (Order | null)[],
  index: RowIndex,
  ctx: WooContext,
): ListRead {
  const out: ListRead = { customers: [], anchors: [] };
  rows.forEach((row, i) => {
    const order = orders[i];
    if (!order) return;
    const name = buyerName(row, index);
    const key = provisionalKey(ctx.account, name);
    if (!key) {
      ctx.sel.note('row.title:no-buyer');
      return;
    }
    out.customers.push({ key, name, orders: [order] });
    // Beside the order link, not inside it: a click on the badge must not open the order.
    const title = index.one('row.title', row);
    out.anchors.push(title?.closest('a') ?? title);
  });
  return out;
}

export function readOrdersList(
  root: ParentNode,
  customerId: string | undefined,
  ctx: WooContext,
): ListRead {
  const rows = ctx.sel.all('list.row', root);
  const list = rows[0]?.parentElement ?? root;
  const index = new RowIndex(list, ctx);
  const amounts = index.byCell('money.amount');
  const orders = rows.map((row) => readRow(row, index, amounts, ctx));
  return customerId
    ? readFiltered(rows, orders, customerId, root, index, ctx)
    : readUnfiltered(rows, orders, index, ctx);
}
