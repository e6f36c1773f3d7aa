/** Where the Shopify admin lives and what it exports (the site half of the driver). */
import type { CrmSite } from '../driver';
import { SHOPIFY_IMPORT_FORMATS } from './import-formats';
import { LEGACY_SHOPIFY_HOST, SHOPIFY_ADMIN_HOST, SHOPIFY_MATCHES, shopifyStore } from './urls';

export const shopifySite: CrmSite = {
  id: 'shopify',
  matches: SHOPIFY_MATCHES,
  produces: (crm) => crm === 'shopify',
  owns: (url) => url.hostname === SHOPIFY_ADMIN_HOST || LEGACY_SHOPIFY_HOST.test(url.hostname),
  account: shopifyStore,
  importFormats: SHOPIFY_IMPORT_FORMATS,
};
