/**
 * The Shopify admin adapter: which URLs it reads and which reader each page kind gets.
 * URL grammar from research §2.1 (H): `admin.shopify.com/store/{handle}/…` since 2023, and
 * the legacy `{handle}.myshopify.com/admin/…` (which now redirects, but links survive).
 */
import { pageLocale } from './read-values';
import { Selection } from './select';
import type { ShopifyContext } from './shopify.context';
import { readShopifyCustomer } from './shopify.customer';
import { languageOrder } from './shopify.labels';
import { readCustomersList, readOrdersList } from './shopify.lists';
import { readShopifyOrder } from './shopify.order';
import { SHOPIFY_SELECTORS, SHOPIFY_WATCH, type ShopifyKey } from './shopify.selectors';
import type { CrmAdapter, PageKind, PageRead, ReadOptions } from './types';

const ADMIN_PATH = /^\/store\/([a-z0-9][a-z0-9-]*)\/(customers|orders)(?:\/(\d+))?\/?$/;
const LEGACY_HOST = /^([a-z0-9][a-z0-9-]*)\.myshopify\.com$/;
const LEGACY_PATH = /^\/admin\/(customers|orders)(?:\/(\d+))?\/?$/;

interface ShopifyPage {
  store: string;
  kind: PageKind;
  id?: string;
}

function pageOf(store: string, section: string, id: string | undefined): ShopifyPage {
  const single = section === 'customers' ? 'customer' : 'order';
  return id ? { store, kind: single, id } : { store, kind: `${single}-list` };
}

export function shopifyPage(url: URL): ShopifyPage | null {
  if (url.protocol !== 'https:') return null;
  if (url.hostname === 'admin.shopify.com') {
    const m = ADMIN_PATH.exec(url.pathname);
    return m ? pageOf(m[1] as string, m[2] as string, m[3]) : null;
  }
  const store = LEGACY_HOST.exec(url.hostname)?.[1];
  const m = store ? LEGACY_PATH.exec(url.pathname) : null;
  return store && m ? pageOf(store, m[1] as string, m[2]) : null;
}

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

export const shopifyAdapter: CrmAdapter = {
  crm: 'shopify',
  selectors: SHOPIFY_SELECTORS,
  matches: (url) => shopifyPage(url) !== null,
  read,
  watchTargets: (url) => (shopifyPage(url) ? SHOPIFY_WATCH : []),
};
