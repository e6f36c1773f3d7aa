/**
 * Which CRM account a URL belongs to, from the URL alone. The background uses it to
 * check that a content script reports customers of the account its own tab shows: a
 * page cannot make Rung file customers under another account. Pure URL parsing.
 */
import type { CrmKind } from './types';

export interface PageIdentity {
  crm: CrmKind;
  account: string;
}

// app.hubspot.com and regional hosts such as app-eu1.hubspot.com (research §1.1, H).
const HUBSPOT_HOST = /^app(?:-[a-z0-9]+)?\.hubspot\.com$/;
const HUBSPOT_PORTAL = /^\/contacts\/(\d+)(?:\/|$)/;
// admin.shopify.com/store/{handle}/… and legacy {shop}.myshopify.com/admin (research §2.1, H).
const SHOPIFY_STORE = /^\/store\/([a-z0-9][a-z0-9-]*)(?:\/|$)/;
const LEGACY_SHOPIFY_HOST = /^([a-z0-9][a-z0-9-]*)\.myshopify\.com$/;
// WooCommerce lives under /wp-admin/ on any host the user enabled (research §3.1, H),
// possibly in a sub-directory install (/shop/wp-admin/).
const WP_ADMIN = /\/wp-admin\//;

export function identifyPage(rawUrl: string): PageIdentity | null {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = url.hostname.toLowerCase();
  if (HUBSPOT_HOST.test(host)) {
    const portal = HUBSPOT_PORTAL.exec(url.pathname)?.[1];
    return portal ? { crm: 'hubspot', account: portal } : null;
  }
  if (host === 'admin.shopify.com') {
    const handle = SHOPIFY_STORE.exec(url.pathname)?.[1];
    return handle ? { crm: 'shopify', account: handle } : null;
  }
  const legacyShop = LEGACY_SHOPIFY_HOST.exec(host)?.[1];
  if (legacyShop)
    return url.pathname.startsWith('/admin') ? { crm: 'shopify', account: legacyShop } : null;
  if (WP_ADMIN.test(url.pathname)) return { crm: 'woocommerce', account: url.host };
  return null;
}

/**
 * Whether a scrape's crm/account may come from a tab at `senderUrl`. Custom CRMs
 * (taught by the user) are keyed by host.
 */
export function scrapeMatchesSender(
  scrape: { crm: string; account: string },
  senderUrl: string,
): boolean {
  if (scrape.crm.startsWith('custom:')) {
    try {
      return new URL(senderUrl).host === scrape.account;
    } catch {
      return false;
    }
  }
  const identity = identifyPage(senderUrl);
  return identity !== null && identity.crm === scrape.crm && identity.account === scrape.account;
}

/** Manifest match patterns for the CRMs Rung reads without being asked, per CRM. */
export const HUBSPOT_MATCHES = ['https://app.hubspot.com/*', 'https://*.hubspot.com/*'];
export const SHOPIFY_MATCHES = ['https://admin.shopify.com/*', 'https://*.myshopify.com/*'];
export const BUILT_IN_MATCHES = [...HUBSPOT_MATCHES, ...SHOPIFY_MATCHES];
