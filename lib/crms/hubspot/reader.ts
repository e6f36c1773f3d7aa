/** The HubSpot reader: which reader each contact page gets (URL grammar in ./urls.ts). */
import { pageLocale } from '../../reading/read-values';
import type { CrmReader, PageRead, ReadOptions } from '../../reading/types';
import { readHubspotList } from './list';
import { readHubspotRecord } from './record';
import { HUBSPOT_SELECTORS } from './selectors';
import { hubspotPage } from './urls';

function read(document: Document, url: URL, options: ReadOptions = {}): PageRead | null {
  const page = hubspotPage(url);
  if (!page) return null;
  if (page.kind === 'list') return readHubspotList(document, page.portal);
  const ctx = { now: options.now ?? new Date(), locale: pageLocale(document) };
  const target = { portal: page.portal, objectType: '0-1', recordId: page.recordId };
  return readHubspotRecord(document, target, ctx);
}

export const hubspotReader: CrmReader = {
  crm: 'hubspot',
  selectors: HUBSPOT_SELECTORS,
  readsPage: (url) => hubspotPage(url) !== null,
  read,
};
