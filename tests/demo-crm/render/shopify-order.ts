/**
 * A Shopify admin order page (research §2.6, structure M): the header with the order name,
 * payment badge and date; the totals block (Subtotal, Discount, Total, Paid by customer,
 * Refunded, Net payment) and the Customer card with its link, "N orders" and e-mail.
 */
import type { DemoCustomer, DemoOrder, DemoWorld } from '../data/types';
import { shopifyPaths } from '../data/paths';
import { shopifyTotals } from '../data/shopify-totals';
import { money } from './format';
import { esc, lateBlock, polaris, type RenderOptions } from './html';
import { badge, card, orderCountLabel, paymentBadge, shopifyPage } from './shopify-shell';

function totalsRows(order: DemoOrder): string {
  const m = (amount: number) => esc(money(amount, order.currency));
  const line = (label: string, value: string) =>
    `<tr><td>${esc(label)}</td><td></td><td>${value}</td></tr>`;
  return [
    line('Subtotal', m(order.total + order.discount)),
    order.discount > 0 ? line('Discount', `−${m(order.discount)}`) : '',
    line('Total', m(order.total)),
    line('Paid by customer', m(order.total)),
    order.refunded > 0 ? line('Refunded', `−${m(order.refunded)}`) : '',
    order.refunded > 0 ? line('Net payment', m(order.total - order.refunded)) : '',
  ].join('');
}

export function renderShopifyOrder(
  world: DemoWorld,
  customer: DemoCustomer,
  order: DemoOrder,
  options: RenderOptions = {},
): string {
  const shop = customer.shopify;
  if (!shop) throw new Error(`${customer.slug} is not a Shopify customer`);
  const count = shopifyTotals(shop).orderCount;
  const customerCard = card(
    'Customer',
    `
      <a data-spa href="${esc(shopifyPaths.customer(world, shop.id))}">${esc(customer.name)}</a>
      <span>${esc(orderCountLabel(count))}</span>
      <h3>Contact information</h3><a href="mailto:${esc(customer.email)}">${esc(customer.email)}</a>`,
  );
  const content = `
  <div class="${polaris('Polaris-Page-Header')}">
   <div class="${polaris('Polaris-Page-Header__Row')}"><h1 class="${polaris('Polaris-Header-Title')}">${esc(order.name)}</h1></div>
   ${paymentBadge(order.paymentStatus)} ${badge('Fulfilled')}
   <span><time datetime="${esc(order.placedAt)}">${esc(new Date(order.placedAt).toUTCString())}</time> from Online Store</span>
  </div>
  <div class="${polaris('Polaris-Layout')}">
   <div class="${polaris('Polaris-Layout__Section')}">
    ${card('Payment', `<table class="_Totals_k3j4h"><tbody>${totalsRows(order)}</tbody></table>`)}
   </div>
   <aside class="${polaris('Polaris-Layout__Section--secondary')}">${lateBlock(options, customerCard)}</aside>
  </div>`;
  return shopifyPage(world, order.name, content);
}
