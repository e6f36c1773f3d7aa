/** Where HubSpot lives and what it exports (the site half of the driver, ../driver.ts). */
import type { CrmSite } from '../driver';
import { HUBSPOT_IMPORT_FORMATS } from './import-formats';
import { HUBSPOT_HOST, HUBSPOT_MATCHES, hubspotPortal } from './urls';

export const hubspotSite: CrmSite = {
  id: 'hubspot',
  matches: HUBSPOT_MATCHES,
  produces: (crm) => crm === 'hubspot',
  owns: (url) => HUBSPOT_HOST.test(url.hostname),
  account: hubspotPortal,
  importFormats: HUBSPOT_IMPORT_FORMATS,
};
