/**
 * Every CRM Rung reads, one line each: the only list of CRMs. The manifest's host
 * permissions and content scripts (wxt.config.ts), the re-injection list
 * (lib/background/content-script-file.ts), page identity (./page-identity.ts) and the CSV
 * formats (lib/store/import/formats.ts) are derived from it. Each line is a driver's site
 * half (./driver.ts); its reader stays out of the pages that only need URLs or formats.
 */
import { customSite } from './custom/site';
import type { CrmSite } from './driver';
import { hubspotSite } from './hubspot/site';
import { shopifySite } from './shopify/site';
import { woocommerceSite } from './woocommerce/site';

export const CRM_SITES: readonly CrmSite[] = [
  hubspotSite,
  shopifySite,
  woocommerceSite,
  customSite,
];

/** CRMs on fixed hosts: each gets its own manifest content script (`<id>.js`). */
export const BUILT_IN_SITES = CRM_SITES.filter((site) => site.matches.length > 0);

/** Hosts Rung reads without being asked: the manifest's host permissions. */
export const BUILT_IN_MATCHES = BUILT_IN_SITES.flatMap((site) => site.matches);
