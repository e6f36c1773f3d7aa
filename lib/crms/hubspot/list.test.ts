// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HUBSPOT_SELECTORS } from './selectors';
import { hubspotReader } from './reader';
import { readPageWith, scrapePageWith } from '../../reading/read-with';
import type { ReadOptions } from '../../reading/types';
import { countMatches } from '../../reading/select';

const READERS = [hubspotReader];
const readPage = (doc: Document, url: string | URL, options?: ReadOptions) =>
  readPageWith(READERS, doc, url, options);
const scrapePage = (doc: Document, url: string | URL, options?: ReadOptions) =>
  scrapePageWith(READERS, doc, url, options);

const LIST_URL = 'https://app.hubspot.com/contacts/1234567/objects/0-1/views/all/list';

function fixtureHtml(name: string): string {
  return readFileSync(join(process.cwd(), 'tests/fixtures/hubspot', name), 'utf8');
}
function fixture(name: string): Document {
  return new DOMParser().parseFromString(fixtureHtml(name), 'text/html');
}
const key = (id: string, email?: string) => ({
  crm: 'hubspot',
  account: '1234567',
  id,
  ...(email && { email }),
});

describe('HubSpot contacts index', () => {
  it('matches each list key as many times as the fixture shows', () => {
    const counts = countMatches(HUBSPOT_SELECTORS, fixture('contacts-list.html'));
    expect(counts['list.table']).toBe(1);
    expect(counts['list.header']).toBe(4);
    expect(counts['list.row']).toBe(4);
    expect(counts['row.nameLink']).toBe(4);
    expect(counts['record.title']).toBe(0);
  });

  it('reads every row by column property name, whatever the column order', () => {
    expect(scrapePage(fixture('contacts-list.html'), LIST_URL)).toEqual({
      crm: 'hubspot',
      account: '1234567',
      page: 'customer-list',
      customers: [
        {
          key: key('501', 'ada@example.com'),
          name: 'Ada Lovelace',
          email: 'ada@example.com',
          crmStage: 'customer',
          leadStatus: 'connected',
        },
        {
          key: key('502', 'charles@example.com'),
          name: 'Charles Babbage',
          email: 'charles@example.com',
          crmStage: 'evangelist',
        },
        {
          key: key('503'),
          name: 'Grace Hopper',
          crmStage: 'marketingqualifiedlead',
          leadStatus: 'unqualified',
        },
        // A portal's custom stage has no known internal value: left out and reported.
        {
          key: key('504', 'alan@example.org'),
          name: 'Alan Turing',
          email: 'alan@example.org',
          leadStatus: 'attempted_to_contact',
        },
      ],
      diagnostics: ['column.lifecyclestage:unparsed'],
    });
  });

  it('anchors each badge on the row name link', () => {
    const read = readPage(fixture('contacts-list.html'), LIST_URL);
    expect(read?.anchors.map((a) => a?.getAttribute('href'))).toEqual([
      '/contacts/1234567/record/0-1/501',
      '/contacts/1234567/record/0-1/502',
      '/contacts/1234567/record/0-1/503',
      '/contacts/1234567/record/0-1/504',
    ]);
  });

  it('reads rows that appear on scroll at the next read', () => {
    const doc = fixture('contacts-list.html');
    const body = doc.querySelector('tbody');
    const rows = Array.from(doc.querySelectorAll('tbody tr'));
    rows.slice(2).forEach((r) => r.remove());
    expect(scrapePage(doc, LIST_URL)?.customers.map((c) => c.key.id)).toEqual(['501', '502']);
    rows.slice(2).forEach((r) => body?.append(r));
    expect(scrapePage(doc, LIST_URL)?.customers.map((c) => c.key.id)).toEqual([
      '501',
      '502',
      '503',
      '504',
    ]);
  });

  it('reads a 1,000-row list completely and quickly', () => {
    const html = fixtureHtml('contacts-list.html');
    const row = /<tr data-test-id="row-501"[\s\S]*?<\/tr>/.exec(html)?.[0] ?? '';
    const rows = Array.from({ length: 1000 }, (_, i) => row.replaceAll('501', String(10_000 + i)));
    const big = html.replace(
      /<tbody data-observer-type="ROW">[\s\S]*<\/tbody>/,
      `<tbody>${rows.join('')}</tbody>`,
    );
    const doc = new DOMParser().parseFromString(big, 'text/html');
    const started = performance.now();
    const scrape = scrapePage(doc, LIST_URL);
    const ms = performance.now() - started;
    expect(scrape?.customers).toHaveLength(1000);
    expect(scrape?.customers[999]).toEqual({
      key: key('10999', 'ada@example.com'),
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      crmStage: 'customer',
      leadStatus: 'connected',
    });
    expect(new Set(scrape?.customers.map((c) => c.key.id)).size).toBe(1000);
    expect(ms).toBeLessThan(2000);
  });

  it('turns hostile names into plain strings and skips rows without an id', () => {
    const scrape = scrapePage(fixture('contacts-list-hostile.html'), LIST_URL);
    expect(scrape?.customers).toEqual([
      {
        key: key('601', 'eve@example.com'),
        name: '<script>alert(1)</script>Eve',
        email: 'eve@example.com',
      },
      // The <img> and <script> are elements, so only the text "Mallory" remains; the
      // e-mail cell is not an address.
      { key: key('602'), name: 'Mallory' },
      // RTL override and zero-width space are stripped; the javascript: link is only text.
      { key: key('603', 'trudy@example.com'), name: 'gnp.exe Trudy', email: 'trudy@example.com' },
    ]);
    expect(scrape?.diagnostics).toEqual(['list.row:no-id']);
  });

  it('returns null on a HubSpot page that is not a contact list or record', () => {
    const doc = fixture('contacts-list.html');
    expect(
      scrapePage(doc, 'https://app.hubspot.com/contacts/1234567/objects/0-2/views/all/list'),
    ).toBeNull();
    expect(scrapePage(doc, 'https://app.hubspot.com/reports-dashboard/1234567')).toBeNull();
  });

  it('maps German lifecycle and lead status labels back to internal values', () => {
    const doc = fixture('contacts-list.html');
    doc.documentElement.lang = 'de-DE';
    const cells = Array.from(doc.querySelectorAll('tr[data-test-id="row-501"] td'));
    if (cells[2]) cells[2].textContent = 'Schlechter Zeitpunkt';
    if (cells[3]) cells[3].textContent = 'Marketingqualifizierter Lead';
    const ada = scrapePage(doc, LIST_URL)?.customers[0];
    expect(ada?.crmStage).toBe('marketingqualifiedlead');
    expect(ada?.leadStatus).toBe('bad_timing');
  });
});
