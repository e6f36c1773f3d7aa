/** The HubSpot driver: its site (URLs, accounts, CSV exports) and its reader. */
import type { CrmDriver } from '../driver';
import { hubspotReader } from './reader';
import { hubspotSite } from './site';

export const hubspotDriver: CrmDriver = { site: hubspotSite, reader: hubspotReader };
