/**
 * Shopify admin's URL grammar: `admin.shopify.com/store/{handle}/…` since 2023, and the
 * legacy `{handle}.myshopify.com/admin/…` (which now redirects, but links survive).
 */
import type { PageKind } from '../../domain/crm-kind';

export const SHOPIFY_ADMIN_HOST = 'admin.shopify.com';
export const LEGACY_SHOPIFY_HOST = /^([a-z0-9][a-z0-9-]*)\.myshopify\.com$/;
/** Any page of a store: the account an admin URL belongs to. */
const STORE = /^\/store\/([a-z0-9][a-z0-9-]*)(?:\/|$)/;
const ADMIN_PATH = /^\/store\/([a-z0-9][a-z0-9-]*)\/(customers|orders)(?:\/(\d+))?\/?$/;
const LEGACY_PATH = /^\/admin\/(customers|orders)(?:\/(\d+))?\/?$/;

/**
 * The manifest's match patterns, which are also Rung's host permissions: the admin's
 * store pages and the legacy admin path of shop hosts. Not the storefronts: every shop's
 * public site is `{handle}.myshopify.com/*`, where the shop's (or a theme app's) scripts
 * could `pushState('/admin/customers')`, draw a fake list, and have Rung store it.
 */
export const SHOPIFY_MATCHES = [
  'https://admin.shopify.com/store/*',
  'https://*.myshopify.com/admin/*',
];

export interface ShopifyPage {
  store: string;
  kind: PageKind;
  id?: string;
}

/** The store handle a URL's admin page belongs to; null on the storefront or elsewhere. */
export function shopifyStore(url: URL): string | null {
  if (url.hostname === SHOPIFY_ADMIN_HOST) return STORE.exec(url.pathname)?.[1] ?? null;
  const legacy = LEGACY_SHOPIFY_HOST.exec(url.hostname)?.[1];
  return legacy && url.pathname.startsWith('/admin') ? legacy : null;
}

function pageOf(store: string, section: string, id: string | undefined): ShopifyPage {
  const single = section === 'customers' ? 'customer' : 'order';
  return id ? { store, kind: single, id } : { store, kind: `${single}-list` };
}

/** The customer or order page Rung reads at `url`, or null. */
export function shopifyPage(url: URL): ShopifyPage | null {
  if (url.protocol !== 'https:') return null;
  if (url.hostname === SHOPIFY_ADMIN_HOST) {
    const m = ADMIN_PATH.exec(url.pathname);
    return m ? pageOf(m[1] as string, m[2] as string, m[3]) : null;
  }
  const store = LEGACY_SHOPIFY_HOST.exec(url.hostname)?.[1];
  const m = store ? LEGACY_PATH.exec(url.pathname) : null;
  return store && m ? pageOf(store, m[1] as string, m[2]) : null;
}
