/**
 * Where taught CRMs live: on any site the user enabled and taught Rung. Their pages cannot
 * be told from the URL alone (that takes the user's definitions), so this site claims no
 * URLs, and a taught CRM's account is the host its pages are served from.
 */
import type { CrmSite } from '../driver';

export const customSite: CrmSite = {
  id: 'custom',
  matches: [],
  produces: (crm) => crm.startsWith('custom:'),
  account: (url) => url.host,
  importFormats: [],
};
