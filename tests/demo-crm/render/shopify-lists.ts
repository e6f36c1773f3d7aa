/**
 * Shopify's customers and orders lists as Polaris IndexTables (research §2.6): rows are
 * `tr[id=resource id]`, the first cell a selection checkbox, the name a primary link.
 * Order rows link their customer (the lead's convention for the demo). With `late`, rows
 * after the first five arrive later.
 */
import type { DemoCustomer, DemoOrder, DemoWorld } from '../data/types';
import { shopifyPaths } from '../data/paths';
import { shopifyTotals } from '../data/shopify-totals';
import { dateLabel, money } from './format';
import { esc, lateBlock, polaris, type RenderOptions } from './html';
import { badge, orderCountLabel, paymentBadge, shopifyPage } from './shopify-shell';

const FIRST_ROWS = 5;

function table(headings: string[], rows: string[], options: RenderOptions): string {
  const th = (text: string) =>
    `<th class="${polaris('Polaris-IndexTable__TableHeading')}">${text}</th>`;
  const head = [
    th('<input type="checkbox" aria-label="Select all">'),
    ...headings.map((h) => th(esc(h))),
  ];
  const body =
    rows.slice(0, FIRST_ROWS).join('') + lateBlock(options, rows.slice(FIRST_ROWS).join(''));
  return `
  <table class="${polaris('Polaris-IndexTable__Table')}">
   <thead><tr>${head.join('')}</tr></thead>
   <tbody>${body}</tbody>
  </table>`;
}

function tr(id: string, cells: string[]): string {
  const td = (html: string) =>
    `<td class="${polaris('Polaris-IndexTable__TableCell')}">${html}</td>`;
  const all = [td('<input type="checkbox">'), ...cells.map(td)];
  return `
    <tr id="${esc(id)}" class="${polaris('Polaris-IndexTable__TableRow')}">${all.join('')}</tr>`;
}

function customerRow(world: DemoWorld, customer: DemoCustomer): string {
  const shop = customer.shopify;
  if (!shop) return '';
  const totals = shopifyTotals(shop);
  return tr(shop.id, [
    `<a data-primary-link data-spa href="${esc(shopifyPaths.customer(world, shop.id))}">${esc(customer.name)}</a>`,
    badge('Subscribed'),
    esc(orderCountLabel(totals.orderCount)),
    esc(money(totals.amountSpent, world.currency)),
  ]);
}

export function renderShopifyCustomers(world: DemoWorld, options: RenderOptions = {}): string {
  const rows = world.customers.map((c) => customerRow(world, c)).filter(Boolean);
  const content = `<h1>Customers</h1>${table(['Customer name', 'Email subscription', 'Orders', 'Amount spent'], rows, options)}`;
  return shopifyPage(world, 'Customers', content);
}

function orderRow(world: DemoWorld, order: DemoOrder, customer: DemoCustomer): string {
  const shop = customer.shopify;
  if (!shop) return '';
  return tr(order.id, [
    `<a data-primary-link data-spa href="${esc(shopifyPaths.order(world, order.id))}">${esc(order.name)}</a>`,
    `<time datetime="${esc(order.placedAt)}">${esc(dateLabel(order.placedAt))}</time>`,
    `<a data-spa href="${esc(shopifyPaths.customer(world, shop.id))}">${esc(customer.name)}</a>`,
    esc(money(order.total, order.currency)),
    paymentBadge(order.paymentStatus),
    badge('Fulfilled'),
  ]);
}

/** Every order of the store, newest first, as the admin lists them. */
export function storeOrders(world: DemoWorld): { order: DemoOrder; customer: DemoCustomer }[] {
  const all = world.customers.flatMap((customer) =>
    (customer.shopify?.orders ?? []).map((order) => ({ order, customer })),
  );
  return all.sort((a, b) => b.order.placedAt.localeCompare(a.order.placedAt));
}

export function renderShopifyOrders(world: DemoWorld, options: RenderOptions = {}): string {
  const rows = storeOrders(world).map(({ order, customer }) => orderRow(world, order, customer));
  const headings = ['Order', 'Date', 'Customer', 'Total', 'Payment status', 'Fulfillment status'];
  return shopifyPage(world, 'Orders', `<h1>Orders</h1>${table(headings, rows, options)}`);
}
