/** The WooCommerce driver: its site (wp-admin on enabled hosts, CSV exports) and its reader. */
import type { CrmDriver } from '../driver';
import { woocommerceReader } from './reader';
import { woocommerceSite } from './site';

export const woocommerceDriver: CrmDriver = { site: woocommerceSite, reader: woocommerceReader };
