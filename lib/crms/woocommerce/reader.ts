/**
 * The WooCommerce admin reader. `readsPage` looks only at the wp-admin path and query
 * (./page.ts); the account is the site host. Each screen has its own reader; all share one
 * selection, so the diagnostics list every selector key that found nothing on this page.
 */
import { pageLocale } from '../../reading/read-values';
import { Selection } from '../../reading/select';
import type { CrmReader, PageRead, ReadOptions } from '../../reading/types';
import type { WooContext } from './context';
import { readCustomersReport } from './customers-report';
import { readOrderEdit } from './order-edit';
import { readOrdersList } from './orders-list';
import { wooScreen, type WooScreen } from './page';
import { WOO_SELECTORS, type WooKey } from './selectors';
import { readUserEdit } from './user-edit';
import { shopZone } from './zone';

type Found = { customers: PageRead['scrape']['customers']; anchors: PageRead['anchors'] };

function readScreen(document: Document, screen: WooScreen, ctx: WooContext): Found | null {
  const root = document.body ?? document;
  const one = (read: { profile: Found['customers'][number]; anchor: Element | null } | null) =>
    read ? { customers: [read.profile], anchors: [read.anchor] } : { customers: [], anchors: [] };
  switch (screen.kind) {
    case 'order-list':
      return readOrdersList(root, screen.customerId, ctx);
    case 'customer-list':
      return readCustomersReport(root, ctx);
    case 'customer':
      return one(readUserEdit(root, screen.userId, ctx));
    case 'order':
      // post.php edits every post type; only an order screen carries this body class (§3.1).
      if (
        screen.storage === 'legacy' &&
        !document.body?.classList.contains('post-type-shop_order')
      ) {
        return null;
      }
      return one(readOrderEdit(root, screen.orderId, ctx));
  }
}

function read(document: Document, url: URL, options: ReadOptions = {}): PageRead | null {
  const screen = wooScreen(url);
  if (!screen) return null;
  const sel = new Selection<WooKey>(WOO_SELECTORS);
  const ctx: WooContext = {
    sel,
    values: { now: options.now ?? new Date(), locale: pageLocale(document) },
    account: url.host,
    url,
    zone: shopZone(document),
  };
  const found = readScreen(document, screen, ctx);
  if (!found) return null;
  return {
    scrape: {
      crm: 'woocommerce',
      account: url.host,
      page: screen.kind,
      customers: found.customers,
      diagnostics: sel.diagnostics(),
    },
    anchors: found.anchors,
  };
}

export const woocommerceReader: CrmReader = {
  crm: 'woocommerce',
  selectors: WOO_SELECTORS,
  readsPage: (url) => wooScreen(url) !== null,
  read,
};
