/**
 * The HubSpot adapter: which URLs it reads, and which reader each page kind gets.
 * URL grammar from research §1.1 (H): `app.hubspot.com` and regional `app-eu1.` hosts;
 * every object lives under `/contacts/{portal}/…`, contacts being object type `0-1`.
 */
import { HUBSPOT_SELECTORS, HUBSPOT_WATCH } from './hubspot.selectors';
import { readHubspotList } from './hubspot.list';
import { readHubspotRecord } from './hubspot.record';
import { pageLocale } from './read-values';
import type { CrmAdapter, PageRead, ReadOptions } from './types';

const HOST = /^app(?:-[a-z0-9]+)?\.hubspot\.com$/;
// Current record URL; more segments or a query may follow the id (§1.1, M).
const RECORD = /^\/contacts\/(\d+)\/record\/(0-1)\/(\d+)(?:[/?#]|$)/;
// Pre-2022 record URL, still seen in links and bookmarks (§1.1, H that it existed).
const LEGACY_RECORD = /^\/contacts\/(\d+)\/contact\/(\d+)(?:[/?#]|$)/;
const LIST = /^\/contacts\/(\d+)\/objects\/0-1\/views\/[^/]+\/list(?:[/?#]|$)/;

type HubspotPage =
  { kind: 'record'; portal: string; recordId: string } | { kind: 'list'; portal: string };

export function hubspotPage(url: URL): HubspotPage | null {
  if (url.protocol !== 'https:' || !HOST.test(url.hostname)) return null;
  const record = RECORD.exec(url.pathname);
  if (record) return { kind: 'record', portal: record[1] as string, recordId: record[3] as string };
  const legacy = LEGACY_RECORD.exec(url.pathname);
  if (legacy) return { kind: 'record', portal: legacy[1] as string, recordId: legacy[2] as string };
  const list = LIST.exec(url.pathname);
  return list ? { kind: 'list', portal: list[1] as string } : null;
}

function read(document: Document, url: URL, options: ReadOptions = {}): PageRead | null {
  const page = hubspotPage(url);
  if (!page) return null;
  if (page.kind === 'list') return readHubspotList(document, page.portal);
  const ctx = { now: options.now ?? new Date(), locale: pageLocale(document) };
  const target = { portal: page.portal, objectType: '0-1', recordId: page.recordId };
  return readHubspotRecord(document, target, ctx);
}

export const hubspotAdapter: CrmAdapter = {
  crm: 'hubspot',
  selectors: HUBSPOT_SELECTORS,
  matches: (url) => hubspotPage(url) !== null,
  read,
  watchTargets(url) {
    const page = hubspotPage(url);
    if (!page) return [];
    return page.kind === 'list' ? HUBSPOT_WATCH.list : HUBSPOT_WATCH.record;
  },
};
