// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  ACME_LIST_URL,
  ACME_NOW,
  ACME_RECORD_URL,
  acmeDefinitionJson,
  customFixture,
} from '../../../tests/fixtures/custom/load';
import { profileSchema } from '../../domain/profile';
import { createCustomReader } from './reader';
import type { CustomDefinition } from './definition';
import { importDefinitions } from './definition-io';

function acme(): CustomDefinition[] {
  const result = importDefinitions(acmeDefinitionJson());
  if (!result.ok) throw new Error(result.error);
  return result.definitions;
}

const key = (id: string, email: string) => ({
  crm: 'custom:acme',
  account: 'crm.acme.example',
  id,
  email,
});

describe('custom reader: matching', () => {
  const adapter = createCustomReader(acme());
  it.each([
    [ACME_LIST_URL, true],
    [`${ACME_LIST_URL}?page=2`, true],
    [ACME_RECORD_URL, true],
    ['https://crm.acme.example/deals/4711', false],
    ['https://other.example/customers/4711', false],
    ['http://crm.acme.example/customers/4711', false], // the pattern says https
  ])('%s → %s', (url, expected) => {
    expect(adapter.readsPage(new URL(url))).toBe(expected);
  });

  it('matches nothing without definitions', () => {
    expect(createCustomReader([]).readsPage(new URL(ACME_LIST_URL))).toBe(false);
  });
});

describe('custom reader: the Acme list page', () => {
  const read = () =>
    createCustomReader(acme()).read(customFixture('acme-customers.html'), new URL(ACME_LIST_URL), {
      now: ACME_NOW,
    });

  it('reads each row by label and attribute, never by a generated class', () => {
    const result = read();
    expect(result?.scrape).toEqual({
      crm: 'custom:acme',
      account: 'crm.acme.example',
      page: 'customer-list',
      customers: [
        {
          key: key('4711', 'max@example.de'),
          name: 'Max Mustermann',
          email: 'max@example.de',
          summary: {
            orderCount: 12,
            totalSpent: 1234.56,
            currency: 'EUR',
            lastOrderAt: '2025-02-01',
          },
        },
        {
          key: key('4712', 'erika@example.de'),
          name: 'Erika Musterfrau',
          email: 'erika@example.de',
          summary: { orderCount: 1, totalSpent: 89, currency: 'EUR', lastOrderAt: '2024-11-30' },
        },
      ],
      // The third row has neither an id nor an e-mail.
      diagnostics: ['row:no-customer'],
    });
    expect(result?.anchors.map((a) => a?.getAttribute('href'))).toEqual([
      '/customers/4711',
      '/customers/4712',
    ]);
    for (const c of result?.scrape.customers ?? [])
      expect(profileSchema.safeParse(c).success).toBe(true);
  });

  it('reports a field no row has any more (selector rot), not one a single row lacks', () => {
    const doc = customFixture('acme-customers.html');
    for (const th of Array.from(doc.querySelectorAll('th'))) {
      if (th.textContent === 'Umsatz') th.textContent = 'Gesamtumsatz';
    }
    const result = createCustomReader(acme()).read(doc, new URL(ACME_LIST_URL), { now: ACME_NOW });
    expect(result?.scrape.customers[0]?.summary?.totalSpent).toBeUndefined();
    expect(result?.scrape.diagnostics).toEqual(['row:no-customer', 'field.totalSpent']);
  });

  it('reports a row selector that finds nothing', () => {
    const doc = customFixture('acme-customers.html');
    doc.querySelectorAll('tr[data-testid]').forEach((tr) => tr.removeAttribute('data-testid'));
    const result = createCustomReader(acme()).read(doc, new URL(ACME_LIST_URL), { now: ACME_NOW });
    expect(result?.scrape.customers).toEqual([]);
    expect(result?.scrape.diagnostics).toEqual(['field.row']);
  });
});

describe('custom reader: the Acme record page', () => {
  it('reads the id from the URL, labelled values, tags, the note and the orders', () => {
    const result = createCustomReader(acme()).read(
      customFixture('acme-customer.html'),
      new URL(ACME_RECORD_URL),
      { now: ACME_NOW },
    );
    expect(result?.scrape.customers).toEqual([
      {
        key: key('4711', 'max@example.de'),
        name: 'Max Mustermann',
        email: 'max@example.de',
        summary: {
          orderCount: 12,
          totalSpent: 1234.56,
          currency: 'EUR',
          firstOrderAt: '2023-01-15',
        },
        tickets: 3,
        tags: ['VIP', 'Großhandel'],
        note: 'Ruft lieber an als zu mailen.',
        orders: [
          { id: 'A-1001', placedAt: '2025-02-01', total: 100, currency: 'EUR', status: 'bezahlt' },
          {
            id: 'A-0990',
            placedAt: '2023-01-15',
            total: 34.56,
            currency: 'EUR',
            status: 'erstattet',
          },
        ],
      },
    ]);
    // "irgendwann" is not a date: that order is left out and reported.
    expect(result?.scrape.diagnostics).toEqual(['orders:unparsed']);
    expect(result?.anchors[0]?.getAttribute('data-qa')).toBe('record-title');
  });

  it('keeps hostile text inert and bounded', () => {
    const doc = customFixture('acme-customer.html');
    const title = doc.querySelector('h1');
    if (title)
      title.innerHTML = '\u202E<img src=x onerror=alert(1)>Max\u200B <b>&lt;script&gt;</b>';
    const note = doc.querySelector('[itemprop="description"]');
    if (note) note.textContent = 'x'.repeat(1_000_000);
    const customer = createCustomReader(acme()).read(doc, new URL(ACME_RECORD_URL), {
      now: ACME_NOW,
    })?.scrape.customers[0];
    expect(customer?.name).toBe('Max <script>');
    expect(customer?.note).toHaveLength(4000);
    expect(profileSchema.safeParse(customer).success).toBe(true);
  });
});
