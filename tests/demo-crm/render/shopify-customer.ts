/**
 * A Shopify admin customer page (research §2.2/§2.5): the summary bar (amount spent,
 * orders, customer since, RFM group when known), the last-order card, the Customer card
 * with the e-mail, Tags and Notes. Figures come from ../data/shopify-totals so every
 * page of the demo tells the same story.
 */
import type { DemoCustomer, DemoWorld } from '../data/types';
import { shopifyPaths } from '../data/paths';
import { shopifyTotals } from '../data/shopify-totals';
import { money, rfmLabel, timeTag } from './format';
import { esc, lateBlock, polaris, type RenderOptions } from './html';
import { badge, card, paymentBadge, shopifyPage } from './shopify-shell';

function summaryItem(label: string, valueHtml: string): string {
  const text = polaris('Polaris-Text--root');
  return `<div class="_Item_x8f2k"><span class="${text}">${esc(label)}</span><span class="${text} ${polaris('Polaris-Text--headingLg')}">${valueHtml}</span></div>`;
}

function lastOrderCard(world: DemoWorld, customer: DemoCustomer): string {
  const last = customer.shopify ? shopifyTotals(customer.shopify).lastOrder : null;
  if (!last) return card('Last order placed', '<p>This customer hasn’t placed any orders yet.</p>');
  return card(
    'Last order placed',
    `
      <a data-primary-link data-spa href="${esc(shopifyPaths.order(world, last.id))}">${esc(last.name)}</a>
      ${paymentBadge(last.paymentStatus)} ${badge('Fulfilled')}
      <p>${timeTag(last.placedAt)} from Online Store</p>
      <div class="_Total_k3j4h"><span>Total</span><span>${esc(money(last.total, last.currency))}</span></div>
      <a href="${esc(shopifyPaths.ordersList(world))}?customerId=${esc(customer.shopify?.id ?? '')}">View all orders</a>`,
  );
}

export function renderShopifyCustomer(
  world: DemoWorld,
  customer: DemoCustomer,
  options: RenderOptions = {},
): string {
  const shop = customer.shopify;
  if (!shop) throw new Error(`${customer.slug} is not a Shopify customer`);
  const totals = shopifyTotals(shop);
  const tags = shop.tags.map(
    (tag) =>
      `<span class="${polaris('Polaris-Tag')}"><span title="${esc(tag)}">${esc(tag)}</span></span>`,
  );
  const content = `
  <div class="${polaris('Polaris-Page-Header')}">
   <div class="${polaris('Polaris-Page-Header__Row')}"><h1 class="${polaris('Polaris-Header-Title')}">${esc(customer.name)}</h1></div>
  </div>
  <div class="_SummaryBar_a1b2c">
   ${summaryItem('Amount spent', esc(money(totals.amountSpent, world.currency)))}
   ${summaryItem('Orders', String(totals.orderCount))}
   ${summaryItem('Customer since', timeTag(shop.createdAt))}
   ${shop.rfmGroup ? summaryItem('RFM group', esc(rfmLabel(shop.rfmGroup))) : ''}
  </div>
  <div class="${polaris('Polaris-Layout')}">
   <div class="${polaris('Polaris-Layout__Section')}">${lateBlock(options, lastOrderCard(world, customer))}</div>
   <aside class="${polaris('Polaris-Layout__Section--secondary')}">
    ${card('Customer', `<h3>Contact information</h3><a href="mailto:${esc(customer.email)}">${esc(customer.email)}</a>`)}
    ${lateBlock(options, card('Tags', tags.join('')))}
    ${shop.note === undefined ? '' : lateBlock(options, card('Notes', `<p>${esc(shop.note)}</p>`))}
   </aside>
  </div>`;
  return shopifyPage(world, customer.name, content);
}
