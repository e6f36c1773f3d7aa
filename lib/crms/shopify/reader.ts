/** The Shopify admin reader: which reader each page kind gets (URL grammar in ./urls.ts). */
import { pageLocale } from '../../reading/read-values';
import { Selection } from '../../reading/select';
import type { CrmReader, PageRead, ReadOptions } from '../../reading/types';
import type { ShopifyContext } from './context';
import { readShopifyCustomer } from './customer';
import { languageOrder } from './labels';
import { readCustomersList, readOrdersList } from './lists';
import { readShopifyOrder } from './order';
import { SHOPIFY_SELECTORS, type ShopifyKey } from './selectors';
import { shopifyPage } from './urls';

function read(document: Document, url: URL, options: ReadOptions = {}): PageRead | null {
  const page = shopifyPage(url);
  if (!page) return null;
  const sel = new Selection<ShopifyKey>(SHOPIFY_SELECTORS);
  const locale = pageLocale(document);
  const ctx: ShopifyContext = {
    sel,
    langs: languageOrder(locale),
    values: { now: options.now ?? new Date(), locale },
    store: page.store,
  };
  const main = sel.one('page.main', document) ?? document.body;
  let customers: PageRead['scrape']['customers'] = [];
  let anchors: PageRead['anchors'] = [];
  if (page.kind === 'customer-list') ({ customers, anchors } = readCustomersList(main, ctx));
  else if (page.kind === 'order-list') ({ customers, anchors } = readOrdersList(main, ctx));
  else if (page.kind === 'customer' && page.id) {
    const { profile, anchor } = readShopifyCustomer(main, page.id, ctx);
    [customers, anchors] = [[profile], [anchor]];
  } else if (page.kind === 'order' && page.id) {
    const found = readShopifyOrder(main, page.id, ctx);
    if (found) [customers, anchors] = [[found.profile], [found.anchor]];
  }
  const scrape = { crm: 'shopify' as const, account: page.store, page: page.kind, customers };
  return { scrape: { ...scrape, diagnostics: sel.diagnostics() }, anchors };
}

export const shopifyReader: CrmReader = {
  crm: 'shopify',
  selectors: SHOPIFY_SELECTORS,
  readsPage: (url) => shopifyPage(url) !== null,
  read,
};
