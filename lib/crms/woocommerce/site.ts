/**
 * Where WooCommerce lives and what it exports. Shops are self-hosted on any domain the user
 * enables, possibly in a sub-directory install (`/shop/wp-admin/`), so the shop's ground is
 * its wp-admin path and the account is the site host.
 */
import type { CrmSite } from '../driver';
import { WOOCOMMERCE_IMPORT_FORMATS } from './import-formats';
import { WP_ADMIN } from './page';

export const woocommerceSite: CrmSite = {
  id: 'woocommerce',
  matches: [],
  produces: (crm) => crm === 'woocommerce',
  owns: (url) => WP_ADMIN.test(url.pathname),
  account: (url) => url.host,
  importFormats: WOOCOMMERCE_IMPORT_FORMATS,
};
