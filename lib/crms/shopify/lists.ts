/**
 * Reads Shopify's customers and orders lists (Polaris IndexTable, research §2.6, M).
 * Columns are found by their header label in the admin's language, so a reordered or
 * reduced column set still reads; a row's cells line up with the header cells by index
 * (both start with the selection checkbox).
 */
import type { Order, Profile } from '../../domain/profile';
import { parseCount } from '../../reading/parse/count';
import { readEmail } from '../../reading/read-values';
import { findDate, findPaymentStatus, moneyIn, resourceId, type ShopifyContext } from './context';
import { fieldLabels, type ShopifyField } from './labels';
import { labelKey, textOf } from '../../reading/select';

export interface ListRead {
  customers: Profile[];
  anchors: (Element | null)[];
}

type Columns = Partial<Record<ShopifyField, number>>;

function columnsOf(headers: Element[], fields: ShopifyField[], ctx: ShopifyContext): Columns {
  const columns: Columns = {};
  headers.forEach((th, index) => {
    const key = labelKey(th.textContent ?? '');
    const field = fields.find(
      (f) => columns[f] === undefined && fieldLabels(f, ctx.langs).includes(key),
    );
    if (field) columns[field] = index;
  });
  for (const field of fields) if (columns[field] === undefined) ctx.sel.note(`column.${field}`);
  return columns;
}

function cellOf(row: Element, columns: Columns, field: ShopifyField): Element | null {
  const index = columns[field];
  return index === undefined ? null : (row.children[index] ?? null);
}

function tableParts(main: Element, fields: ShopifyField[], ctx: ShopifyContext) {
  const table = ctx.sel.one('list.table', main);
  if (!table) return { rows: [], columns: {} };
  const columns = columnsOf(ctx.sel.all('list.header', table), fields, ctx);
  return { rows: ctx.sel.all('list.row', table), columns };
}

export function readCustomersList(main: Element, ctx: ShopifyContext): ListRead {
  const fields: ShopifyField[] = ['customerName', 'orders', 'amountSpent'];
  const { rows, columns } = tableParts(main, fields, ctx);
  const out: ListRead = { customers: [], anchors: [] };
  for (const row of rows) {
    const link = ctx.sel.optional('customer.link', row);
    const id =
      resourceId(link?.getAttribute('href') ?? null, 'customers') ?? /^\d+$/.exec(row.id)?.[0];
    const email = readEmail(row.querySelector('a[href^="mailto:"]'));
    if (!id) {
      ctx.sel.note('list.row:no-customer');
      continue;
    }
    const profile: Profile = {
      key: { crm: 'shopify', account: ctx.store, id, ...(email && { email }) },
    };
    const name = textOf(link ?? cellOf(row, columns, 'customerName'));
    if (name) profile.name = name;
    if (email) profile.email = email;
    const count = parseCount(textOf(cellOf(row, columns, 'orders'), 100));
    const spentCell = cellOf(row, columns, 'amountSpent');
    const spent = spentCell ? moneyIn(spentCell, ctx) : undefined;
    if (count !== null || spent) {
      profile.summary = {};
      if (count !== null) profile.summary.orderCount = count;
      if (spent) profile.summary.totalSpent = spent.amount;
      if (spent?.currency) profile.summary.currency = spent.currency;
    }
    out.customers.push(profile);
    out.anchors.push(link);
  }
  return out;
}

export function readOrdersList(main: Element, ctx: ShopifyContext): ListRead {
  const fields: ShopifyField[] = ['order', 'date', 'customerName', 'total', 'paymentStatus'];
  const { rows, columns } = tableParts(main, fields, ctx);
  const out: ListRead = { customers: [], anchors: [] };
  for (const row of rows) {
    const customerLink = ctx.sel.optional('customer.link', row);
    const customerId = resourceId(customerLink?.getAttribute('href') ?? null, 'customers');
    const email = readEmail(row.querySelector('a[href^="mailto:"]'));
    // Without an id or an e-mail the store could not tell this customer from a namesake.
    if (!customerId && !email) {
      ctx.sel.note('list.row:no-customer');
      continue;
    }
    const orderId =
      resourceId(ctx.sel.optional('order.link', row)?.getAttribute('href') ?? null, 'orders') ??
      /^\d+$/.exec(row.id)?.[0];
    const totalCell = cellOf(row, columns, 'total');
    const total = totalCell ? moneyIn(totalCell, ctx) : undefined;
    const dateCell = cellOf(row, columns, 'date');
    const placedAt = dateCell ? findDate(dateCell, ctx) : undefined;
    const profile: Profile = {
      key: {
        crm: 'shopify',
        account: ctx.store,
        ...(customerId && { id: customerId }),
        ...(email && { email }),
      },
    };
    const name = textOf(customerLink ?? cellOf(row, columns, 'customerName'));
    if (name) profile.name = name;
    if (email) profile.email = email;
    if (orderId && total && placedAt) {
      const order: Order = { id: orderId, placedAt, total: total.amount };
      if (total.currency) order.currency = total.currency;
      const statusCell = cellOf(row, columns, 'paymentStatus');
      const status = statusCell ? findPaymentStatus(statusCell, ctx) : undefined;
      if (status) order.status = status;
      profile.orders = [order];
    } else ctx.sel.note('list.row:order-unparsed');
    out.customers.push(profile);
    out.anchors.push(customerLink);
  }
  return out;
}
