/**
 * Which CRM account a URL belongs to, from the URL alone. The background uses it to
 * check that a content script reports customers of the account its own tab shows: a
 * page cannot make Rung file customers under another account. Pure URL parsing over the
 * registry's sites.
 */
import type { PageIdentity } from './driver';
import { CRM_SITES } from './registry';

export type { PageIdentity } from './driver';

// A CRM on fixed hosts decides for its hosts before a self-hosted one looks at the path:
// `/wp-admin/` under a Shopify or HubSpot host is no WooCommerce shop.
const BY_URL = [
  ...CRM_SITES.filter((site) => site.owns && site.matches.length > 0),
  ...CRM_SITES.filter((site) => site.owns && site.matches.length === 0),
];

function parse(rawUrl: string): URL | null {
  try {
    return new URL(rawUrl);
  } catch {
    return null;
  }
}

export function identifyPage(rawUrl: string): PageIdentity | null {
  const url = parse(rawUrl);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return null;
  const site = BY_URL.find((s) => s.owns?.(url));
  const account = site?.account(url);
  return site && account ? { crm: site.id as PageIdentity['crm'], account } : null;
}

/**
 * Whether a scrape's crm/account may come from a tab at `senderUrl`. A CRM that claims no
 * URLs (taught CRMs) is keyed by the tab's host.
 */
export function scrapeMatchesSender(
  scrape: { crm: string; account: string },
  senderUrl: string,
): boolean {
  const site = CRM_SITES.find((s) => s.produces(scrape.crm));
  if (!site) return false;
  if (!site.owns) {
    const url = parse(senderUrl);
    return url !== null && site.account(url) === scrape.account;
  }
  const identity = identifyPage(senderUrl);
  return identity !== null && identity.crm === scrape.crm && identity.account === scrape.account;
}
