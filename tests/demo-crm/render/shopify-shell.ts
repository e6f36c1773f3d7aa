/**
 * The Shopify admin frame around every demo Shopify page: the side navigation (whose
 * "Orders" the adapter must not take for a label) and `#AppFrameMain`, the root the SPA
 * asset swaps on navigation. Card and badge helpers shared by the Shopify pages.
 */
import type { DemoWorld } from '../data/types';
import { shopifyPaths } from '../data/paths';
import { paymentLabel } from './format';
import { documentShell, esc, polaris } from './html';

export function shopifyPage(world: DemoWorld, title: string, content: string): string {
  const body = `
<div class="${polaris('Polaris-Frame')}">
<nav class="${polaris('Polaris-Navigation')}"><ul>
  <li><a data-spa href="${esc(shopifyPaths.ordersList(world))}"><span class="_3O4hy">Orders</span></a></li>
  <li><a data-spa href="${esc(shopifyPaths.customersList(world))}"><span class="_3O4hy">Customers</span></a></li>
</ul></nav>
<main id="AppFrameMain" data-demo-root class="${polaris('Polaris-Frame__Main')}">
 <div class="${polaris('Polaris-Page')}">${content}
 </div>
</main>
</div>`;
  return documentShell('en', `${title} · ${world.shopifyStore} · Shopify`, body);
}

/** A Polaris LegacyCard with its heading in a header wrapper, as the admin nests it. */
export function card(heading: string, inner: string): string {
  return `
   <div class="${polaris('Polaris-LegacyCard')}">
    <div class="${polaris('Polaris-LegacyCard__Header')}"><h2 class="${polaris('Polaris-Text--root')}">${esc(heading)}</h2></div>
    <div class="${polaris('Polaris-LegacyCard__Section')}">${inner}</div>
   </div>`;
}

export function badge(text: string): string {
  return `<span class="${polaris('Polaris-Badge')}"><span class="${polaris('Polaris-Text--root')}">${esc(text)}</span></span>`;
}

export function paymentBadge(status: string): string {
  return badge(paymentLabel(status));
}

export function orderCountLabel(count: number): string {
  return `${count} ${count === 1 ? 'order' : 'orders'}`;
}
