// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { profileSchema } from '../../domain/profile';
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

const URL_501 = 'https://app.hubspot.com/contacts/1234567/record/0-1/501';
const NOW = new Date('2026-11-23T12:00:00Z');

function fixture(name: string): Document {
  const html = readFileSync(join(process.cwd(), 'tests/fixtures/hubspot', name), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

/** What contact-record.html shows, field by field (dates from its time[datetime]). */
const ADA = {
  key: { crm: 'hubspot', account: '1234567', id: '501', email: 'ada@example.com' },
  name: 'Ada Lovelace',
  email: 'ada@example.com',
  crmStage: 'customer',
  leadStatus: 'connected',
  nps: 9,
  referrals: 2,
  // Closed won → an order; Negotiation → open amount; Closed lost → neither.
  orders: [
    { id: 'deal-9001', placedAt: '2025-03-01', total: 12000, status: 'paid', currency: 'USD' },
  ],
  openDealAmount: 5500.5,
  tickets: 2,
  openTickets: 1,
};

describe('HubSpot contact record', () => {
  it('matches each selector key as many times as the fixture shows', () => {
    expect(countMatches(HUBSPOT_SELECTORS, fixture('contact-record.html'))).toEqual({
      'record.title': 1,
      'record.email': 1,
      'record.lifecyclestage': 1,
      'record.leadstatus': 1,
      'record.nps': 1,
      'record.referrals': 1,
      'record.deals': 1,
      'deal.link': 3,
      'deal.amount': 3,
      'deal.stage': 3,
      'deal.closedate': 3,
      'record.tickets': 1,
      'ticket.link': 2,
      'ticket.stage': 2,
      'list.table': 0,
      'list.header': 0,
      'list.row': 0,
      'row.nameLink': 0,
    });
  });

  it('reads the whole record, valid against the profile schema', () => {
    const scrape = scrapePage(fixture('contact-record.html'), URL_501, { now: NOW });
    expect(scrape).toEqual({
      crm: 'hubspot',
      account: '1234567',
      page: 'customer',
      customers: [ADA],
      diagnostics: [],
    });
    expect(profileSchema.safeParse(scrape?.customers[0]).success).toBe(true);
  });

  it('anchors the badge on the record title', () => {
    const read = readPage(fixture('contact-record.html'), URL_501, { now: NOW });
    expect(read?.anchors).toHaveLength(1);
    expect(read?.anchors[0]?.getAttribute('data-selenium-test')).toBe('record-title');
  });

  it('reads the legacy URL and regional hosts the same way', () => {
    const doc = fixture('contact-record.html');
    const legacy = scrapePage(doc, 'https://app.hubspot.com/contacts/1234567/contact/501', {
      now: NOW,
    });
    const eu = scrapePage(
      doc,
      'https://app-eu1.hubspot.com/contacts/1234567/record/0-1/501/view/1',
    );
    expect(legacy?.customers).toEqual([ADA]);
    expect(eu?.customers[0]?.key).toEqual(ADA.key);
  });

  it('returns null for other objects, other hosts and non-https', () => {
    const doc = fixture('contact-record.html');
    expect(scrapePage(doc, 'https://app.hubspot.com/contacts/1234567/record/0-2/501')).toBeNull();
    expect(scrapePage(doc, 'https://evil.example/contacts/1234567/record/0-1/501')).toBeNull();
    expect(
      scrapePage(doc, 'https://app.hubspot.com.evil.example/contacts/1/record/0-1/5'),
    ).toBeNull();
    expect(scrapePage(doc, 'http://app.hubspot.com/contacts/1234567/record/0-1/501')).toBeNull();
    expect(scrapePage(doc, 'not a url')).toBeNull();
  });

  it('ignores stale cards of another object type left by SPA navigation', () => {
    const scrape = scrapePage(fixture('contact-record-stale-card.html'), URL_501, { now: NOW });
    expect(scrape?.customers).toEqual([ADA]);
  });

  it('reads what has loaded, reports the rest, and reads all once late cards arrive', () => {
    const doc = fixture('contact-record-late.html');
    const early = scrapePage(doc, URL_501, { now: NOW });
    // Only the highlight strip is there: title and e-mail, nothing guessed for the rest.
    expect(early?.customers).toEqual([
      { key: ADA.key, name: 'Ada Lovelace', email: 'ada@example.com' },
    ]);
    expect(early?.diagnostics).toEqual([
      'record.lifecyclestage',
      'record.leadstatus',
      'record.nps',
      'record.referrals',
      'record.deals',
      'record.tickets',
    ]);
    for (const template of Array.from(doc.querySelectorAll('template[data-late]'))) {
      template.replaceWith((template as HTMLTemplateElement).content.cloneNode(true));
    }
    expect(scrapePage(doc, URL_501, { now: NOW })?.customers).toEqual([ADA]);
  });

  it.each(['de', 'pl', 'ru'])('reads the %s labels, money and text dates', (locale) => {
    const scrape = scrapePage(fixture(`contact-record-${locale}.html`), URL_501, { now: NOW });
    const currency = { de: 'EUR', pl: 'PLN', ru: 'RUB' }[locale];
    expect(scrape?.customers).toEqual([{ ...ADA, orders: [{ ...ADA.orders[0], currency }] }]);
    expect(scrape?.diagnostics).toEqual([]);
  });

  it('leaves an unparseable amount out and reports it, never reading it as zero', () => {
    const doc = fixture('contact-record.html');
    const amount = doc.querySelector('[data-selenium-test="property-input-amount"]');
    if (amount) amount.textContent = 'twelve grand';
    const scrape = scrapePage(doc, URL_501, { now: NOW });
    expect(scrape?.customers[0]?.orders).toEqual([]);
    expect(scrape?.customers[0]?.openDealAmount).toBe(5500.5);
    expect(scrape?.diagnostics).toEqual(['deal.amount:unparsed']);
  });

  it('treats NPS above 10 and an unknown lifecycle label as unreadable', () => {
    const doc = fixture('contact-record.html');
    const set = (name: string, text: string) => {
      const el = doc.querySelector(`[data-selenium-test="property-input-${name}"]`);
      if (el) el.textContent = text;
    };
    set('nps_score', '11');
    set('lifecyclestage', 'Partner (custom)');
    const scrape = scrapePage(doc, URL_501, { now: NOW });
    expect(scrape?.customers[0]?.nps).toBeUndefined();
    expect(scrape?.customers[0]?.crmStage).toBeUndefined();
    expect(scrape?.diagnostics).toEqual(['record.lifecyclestage:unparsed', 'record.nps:unparsed']);
  });

  it('after pushState from the list, reads no list data as the record until cards arrive', () => {
    const list = fixture('contacts-list.html');
    // The URL already says record 501; the DOM still shows the list (HubSpot swaps later).
    const mid = readPage(list, URL_501, { now: NOW });
    expect(mid?.scrape.page).toBe('customer');
    expect(mid?.scrape.customers).toEqual([
      { key: { crm: 'hubspot', account: '1234567', id: '501' } },
    ]);
    expect(mid?.anchors).toEqual([null]);
    expect(mid?.scrape.diagnostics).toContain('record.title');
    // The swap lands, with a stale company card left behind: only the contact's cards count.
    const swapped = fixture('contact-record-stale-card.html');
    expect(scrapePage(swapped, URL_501, { now: NOW })?.customers).toEqual([ADA]);
  });

  it('caps a megabyte title and strips bidi and zero-width characters', () => {
    const doc = fixture('contact-record.html');
    const title = doc.querySelector('[data-selenium-test="record-title"]');
    if (title) title.textContent = `\u202E\u200BAda ${'x'.repeat(1_000_000)}`;
    const name = scrapePage(doc, URL_501, { now: NOW })?.customers[0]?.name ?? '';
    expect(name).toHaveLength(500);
    expect(name.startsWith('Ada xxx')).toBe(true);
  });

  it('treats HubSpot\'s empty-value dash as "not set", not as an unreadable value', () => {
    const doc = fixture('contact-record.html');
    for (const name of ['hs_lead_status', 'nps_score']) {
      const el = doc.querySelector(`[data-selenium-test="property-input-${name}"]`);
      if (el) el.textContent = '--';
    }
    const scrape = scrapePage(doc, URL_501, { now: NOW });
    expect(scrape?.customers[0]?.leadStatus).toBeUndefined();
    expect(scrape?.customers[0]?.nps).toBeUndefined();
    expect(scrape?.diagnostics).toEqual([]);
  });

  it('reads the research skeleton shape: second-choice hooks and unwrapped association lines', () => {
    const url = 'https://app-eu1.hubspot.com/contacts/1234567/record/0-1/501/view/1';
    const scrape = scrapePage(fixture('contact-record-skeleton.html'), url, { now: NOW });
    expect(scrape?.customers).toEqual([
      {
        key: ADA.key,
        name: 'Ada Lovelace',
        email: 'ada@example.com',
        crmStage: 'salesqualifiedlead',
        // en-GB: 01/03/2025 is the 1st of March.
        orders: [
          {
            id: 'deal-9001',
            placedAt: '2025-03-01',
            total: 12000,
            status: 'paid',
            currency: 'GBP',
          },
        ],
        openDealAmount: 800,
        tickets: 2,
        openTickets: 1,
      },
    ]);
    expect(scrape?.diagnostics).toEqual(['record.leadstatus', 'record.nps', 'record.referrals']);
  });
});
