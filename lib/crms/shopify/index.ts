/** The Shopify admin driver: its site (URLs, stores, CSV exports) and its reader. */
import type { CrmDriver } from '../driver';
import { shopifyReader } from './reader';
import { shopifySite } from './site';

export const shopifyDriver: CrmDriver = { site: shopifySite, reader: shopifyReader };
