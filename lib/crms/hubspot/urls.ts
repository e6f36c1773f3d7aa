/**
 * HubSpot's URL grammar: `app.hubspot.com` and regional hosts such as `app-eu1.hubspot.com`;
 * every object lives under `/contacts/{portal}/…`, contacts being object type `0-1`.
 */
export const HUBSPOT_HOST = /^app(?:-[a-z0-9]+)?\.hubspot\.com$/;
/** Any page of a portal: the account a HubSpot URL belongs to. */
const PORTAL = /^\/contacts\/(\d+)(?:\/|$)/;
// Current record URL; more segments or a query may follow the id.
const RECORD = /^\/contacts\/(\d+)\/record\/(0-1)\/(\d+)(?:[/?#]|$)/;
// Record URL from before HubSpot's 2022 redesign, still seen in links and bookmarks.
const LEGACY_RECORD = /^\/contacts\/(\d+)\/contact\/(\d+)(?:[/?#]|$)/;
const LIST = /^\/contacts\/(\d+)\/objects\/0-1\/views\/[^/]+\/list(?:[/?#]|$)/;

/**
 * The manifest's match patterns, which are also Rung's host permissions: the contacts
 * pages of the app host and of the regional app hosts known (`app-eu1`, `app-na2`), and
 * nothing else of hubspot.com. `*.hubspot.com/*` put Rung on www., community. and every
 * marketing page, where any script could feed it a page to read. A match pattern cannot
 * say `app*.hubspot.com`, so each regional host is named.
 */
export const HUBSPOT_MATCHES = [
  'https://app.hubspot.com/contacts/*',
  'https://app-eu1.hubspot.com/contacts/*',
  'https://app-na2.hubspot.com/contacts/*',
];

export type HubspotPage =
  { kind: 'record'; portal: string; recordId: string } | { kind: 'list'; portal: string };

export function hubspotPortal(url: URL): string | null {
  return PORTAL.exec(url.pathname)?.[1] ?? null;
}

/** The contact page Rung reads at `url`, or null (deals, settings, another host). */
export function hubspotPage(url: URL): HubspotPage | null {
  if (url.protocol !== 'https:' || !HUBSPOT_HOST.test(url.hostname)) return null;
  const record = RECORD.exec(url.pathname);
  if (record) return { kind: 'record', portal: record[1] as string, recordId: record[3] as string };
  const legacy = LEGACY_RECORD.exec(url.pathname);
  if (legacy) return { kind: 'record', portal: legacy[1] as string, recordId: legacy[2] as string };
  const list = LIST.exec(url.pathname);
  return list ? { kind: 'list', portal: list[1] as string } : null;
}
