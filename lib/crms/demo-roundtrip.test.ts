// @vitest-environment happy-dom
/**
 * Round trip: every demo page kind, rendered from a small hand-made world, read back by the
 * adapters, must give exactly what was rendered. Keeps the demo renderers and the adapters
 * honest with each other (the demo's badges depend on it).
 */
import { describe, expect, it } from 'vitest';
import { shopifyTotals } from '../../tests/demo-crm/data/shopify-totals';
import { buildDemoWorld } from '../../tests/demo-crm/data/world';
import type { DemoCustomer, DemoWorld } from '../../tests/demo-crm/data/types';
import { routes } from '../../tests/demo-crm/render/index';
import type { Profile } from '../domain/profile';
import { hubspotReader } from './hubspot/reader';
import { shopifyReader } from './shopify/reader';
import { readPageWith, scrapePageWith } from '../reading/read-with';
import type { ReadOptions } from '../reading/types';
import { cleanText } from '../reading/parse/text';

const READERS = [hubspotReader, shopifyReader];
const readPage = (doc: Document, url: string | URL, options?: ReadOptions) =>
  readPageWith(READERS, doc, url, options);
const scrapePage = (doc: Document, url: string | URL, options?: ReadOptions) =>
  scrapePageWith(READERS, doc, url, options);

const ADA: DemoCustomer = {
  slug: 'ada',
  name: 'Ada Lovelace',
  email: 'ada@example.com',
  shopify: {
    id: '7001',
    createdAt: '2023-03-03T10:00:00.000Z',
    tags: ['vip', 'wholesale'],
    note: 'Prefers <b>email</b> & phone',
    rfmGroup: 'AT_RISK',
    orders: [
      {
        id: '9001',
        name: '#1001',
        placedAt: '2025-01-05T15:04:00.000Z',
        total: 120,
        currency: 'USD',
        paymentStatus: 'paid',
        discount: 0,
        refunded: 0,
      },
      {
        id: '9002',
        name: '#1002',
        placedAt: '2025-03-01T09:00:00.000Z',
        total: 89.5,
        currency: 'USD',
        paymentStatus: 'partially_refunded',
        discount: 10,
        refunded: 20,
      },
      {
        id: '9003',
        name: '#1003',
        placedAt: '2025-06-10T12:30:00.000Z',
        total: 1200,
        currency: 'USD',
        paymentStatus: 'overdue',
        discount: 0,
        refunded: 0,
      },
    ],
  },
  hubspot: {
    id: '501',
    lifecycleStage: 'evangelist',
    leadStatus: 'CONNECTED',
    nps: 9,
    referrals: 3,
    deals: [
      {
        id: '11',
        name: 'Renewal',
        amount: 12000,
        stage: 'Closed won',
        closedWon: true,
        closedAt: '2025-02-01T00:00:00.000Z',
      },
      { id: '12', name: 'Upsell', amount: 5500.5, stage: 'Negotiation', closedWon: false },
      {
        id: '13',
        name: 'Pilot',
        amount: 3000,
        stage: 'Closed lost',
        closedWon: false,
        closedAt: '2024-06-30T00:00:00.000Z',
      },
    ],
    tickets: [
      { id: '71', subject: 'Refund <script>', open: true },
      { id: '72', subject: 'Login', open: false },
    ],
  },
  expected: {},
};

const EVE: DemoCustomer = {
  slug: 'eve',
  name: '<script>alert(1)</script> Eve & "Co"',
  email: 'eve@example.org',
  shopify: { id: '7002', createdAt: '2026-10-01T00:00:00.000Z', tags: [], orders: [] },
  hubspot: { id: '502', lifecycleStage: 'lead', deals: [], tickets: [] },
  expected: {},
};

const WORLD: DemoWorld = {
  asOf: '2026-11-23T00:00:00.000Z',
  hubspotPortal: '4242',
  shopifyStore: 'demo-store',
  currency: 'USD',
  customers: [ADA, EVE],
};

const NOW = new Date(WORLD.asOf);
const HOSTS = { hubspot: 'app.hubspot.com', shopify: 'admin.shopify.com' };

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function read(path: string, late = false) {
  const route = routes(WORLD).find((r) => r.path === path);
  if (!route) throw new Error(`no route ${path}`);
  const doc = parse(route.render({ late }));
  return { doc, url: `https://${HOSTS[route.crm]}${path}`, route };
}

/** Names as the adapters deliver any scraped text: invisible and bidi controls removed. */
const shown = (text: string) => cleanText(text, 500);

/** What a HubSpot record shows, derived from the world as the adapter contract states it. */
function hubspotExpected(c: DemoCustomer, world: DemoWorld = WORLD): Profile {
  const h = c.hubspot!;
  const won = h.deals.filter((d) => d.closedWon);
  const open = h.deals.filter((d) => !d.closedWon && d.stage !== 'Closed lost');
  return {
    key: { crm: 'hubspot', account: world.hubspotPortal, id: h.id, email: c.email },
    name: shown(c.name),
    email: c.email,
    crmStage: h.lifecycleStage,
    ...(h.leadStatus && { leadStatus: h.leadStatus.toLowerCase() }),
    ...(h.nps !== undefined && { nps: h.nps }),
    ...(h.referrals !== undefined && { referrals: h.referrals }),
    orders: won.map((d) => ({
      id: `deal-${d.id}`,
      placedAt: d.closedAt!,
      total: d.amount,
      status: 'paid',
      currency: world.currency,
    })),
    ...(open.length > 0 && { openDealAmount: open.reduce((sum, d) => sum + d.amount, 0) }),
    tickets: h.tickets.length,
    openTickets: h.tickets.filter((t) => t.open).length,
  };
}

function shopifyCustomerExpected(c: DemoCustomer, world: DemoWorld = WORLD): Profile {
  const s = c.shopify!;
  const totals = shopifyTotals(s);
  const last = totals.lastOrder;
  return {
    key: { crm: 'shopify', account: world.shopifyStore, id: s.id, email: c.email },
    name: shown(c.name),
    email: c.email,
    summary: {
      totalSpent: totals.amountSpent,
      currency: world.currency,
      orderCount: totals.orderCount,
      firstOrderAt: s.createdAt,
      ...(last && { lastOrderAt: last.placedAt }),
    },
    ...(last && {
      orders: [
        {
          id: last.id,
          placedAt: last.placedAt,
          total: last.total,
          currency: last.currency,
          status: last.paymentStatus,
        },
      ],
    }),
    ...(s.rfmGroup && { rfmGroup: s.rfmGroup }),
    tags: s.tags,
    ...(s.note && { note: s.note }),
  };
}

describe('demo pages read back exactly what they render', () => {
  it('lists a route for every page kind and customer', () => {
    const kinds = routes(WORLD).map((r) => `${r.crm}:${r.kind}`);
    expect(kinds.sort()).toEqual(
      [
        'hubspot:customer-list',
        'hubspot:customer',
        'hubspot:customer',
        'shopify:customer-list',
        'shopify:order-list',
        'shopify:customer',
        'shopify:customer',
        'shopify:order',
        'shopify:order',
        'shopify:order',
      ].sort(),
    );
  });

  it.each([ADA, EVE])('HubSpot record of $slug', (customer) => {
    const { doc, url } = read(`/contacts/4242/record/0-1/${customer.hubspot!.id}`);
    const scrape = scrapePage(doc, url, { now: NOW });
    expect(scrape?.customers).toEqual([hubspotExpected(customer)]);
  });

  it('HubSpot contacts list', () => {
    const { doc, url } = read('/contacts/4242/objects/0-1/views/all/list');
    expect(scrapePage(doc, url)?.customers).toEqual(
      [ADA, EVE].map((c) => {
        // A list row shows identity, e-mail and the stage columns, none of the cards.
        const { key, name, email, crmStage, leadStatus } = hubspotExpected(c);
        return { key, name, email, crmStage, ...(leadStatus && { leadStatus }) };
      }),
    );
  });

  it.each([ADA, EVE])('Shopify customer page of $slug', (customer) => {
    const { doc, url } = read(`/store/demo-store/customers/${customer.shopify!.id}`);
    expect(scrapePage(doc, url, { now: NOW })?.customers).toEqual([
      shopifyCustomerExpected(customer),
    ]);
  });

  it('Shopify customers list', () => {
    const { doc, url } = read('/store/demo-store/customers');
    const read1 = readPage(doc, url, { now: NOW });
    expect(read1?.scrape.customers).toEqual(
      [ADA, EVE].map((c) => {
        const t = shopifyTotals(c.shopify!);
        return {
          key: { crm: 'shopify', account: 'demo-store', id: c.shopify!.id },
          name: c.name,
          summary: { orderCount: t.orderCount, totalSpent: t.amountSpent, currency: 'USD' },
        };
      }),
    );
    expect(read1?.anchors.map((a) => a?.textContent)).toEqual([ADA.name, EVE.name]);
  });

  it('Shopify orders list, newest first, one entry per order', () => {
    const { doc, url } = read('/store/demo-store/orders');
    const orders = [...ADA.shopify!.orders].reverse();
    expect(scrapePage(doc, url, { now: NOW })?.customers).toEqual(
      orders.map((o) => ({
        key: { crm: 'shopify', account: 'demo-store', id: '7001' },
        name: ADA.name,
        orders: [
          {
            id: o.id,
            placedAt: o.placedAt,
            total: o.total,
            currency: 'USD',
            status: o.paymentStatus,
          },
        ],
      })),
    );
  });

  it.each(ADA.shopify!.orders)('Shopify order page $name', (order) => {
    const { doc, url } = read(`/store/demo-store/orders/${order.id}`);
    const scrape = scrapePage(doc, url, { now: NOW });
    expect(scrape?.customers).toEqual([
      {
        key: { crm: 'shopify', account: 'demo-store', id: '7001', email: ADA.email },
        name: ADA.name,
        email: ADA.email,
        summary: { orderCount: shopifyTotals(ADA.shopify!).orderCount },
        orders: [
          {
            id: order.id,
            placedAt: order.placedAt,
            total: order.total,
            currency: 'USD',
            status: order.paymentStatus,
            // The totals block lists every adjustment: no line shown is a real zero.
            discount: order.discount,
            refunded: order.refunded,
          },
        ],
      },
    ]);
    expect(scrape?.diagnostics).toEqual([]);
  });

  it('late pages read partially first, fully once their templates are revealed', () => {
    const { doc, url } = read('/contacts/4242/record/0-1/501', true);
    const early = scrapePage(doc, url, { now: NOW })?.customers[0];
    expect(early).toEqual({ key: hubspotExpected(ADA).key, name: ADA.name, email: ADA.email });
    doc
      .querySelectorAll('template[data-late]')
      .forEach((t) => t.replaceWith((t as HTMLTemplateElement).content.cloneNode(true)));
    expect(scrapePage(doc, url, { now: NOW })?.customers).toEqual([hubspotExpected(ADA)]);
  });

  it('a late Shopify customer page gains its last order, tags and note once revealed', () => {
    const { doc, url } = read('/store/demo-store/customers/7001', true);
    const early = scrapePage(doc, url, { now: NOW });
    expect(early?.customers[0]?.orders).toBeUndefined();
    expect(early?.customers[0]?.tags).toBeUndefined();
    expect(early?.diagnostics).toEqual(['label.lastOrder']);
    doc
      .querySelectorAll('template[data-late]')
      .forEach((t) => t.replaceWith((t as HTMLTemplateElement).content.cloneNode(true)));
    expect(scrapePage(doc, url, { now: NOW })?.customers).toEqual([shopifyCustomerExpected(ADA)]);
  });

  it('every page references its scripts as external files only', () => {
    for (const route of routes(WORLD)) {
      const doc = parse(route.render({ late: true }));
      const scripts = Array.from(doc.querySelectorAll('script'));
      expect(scripts.map((s) => s.getAttribute('src'))).toEqual([
        '/__demo/assets/late.js',
        '/__demo/assets/spa.js',
      ]);
      expect(scripts.every((s) => (s.textContent ?? '').trim() === '')).toBe(true);
      expect(doc.querySelectorAll('[onerror], [onclick], [onload]').length).toBe(0);
    }
  });
});

describe('the full demo world reads back exactly', () => {
  const world = buildDemoWorld(new Date('2026-11-23T00:00:00.000Z'));
  const now = new Date(world.asOf);
  const all = routes(world);

  it('serves every page kind, and every scrape is clean', () => {
    expect(new Set(all.map((r) => `${r.crm}:${r.kind}`)).size).toBe(6);
    for (const route of all) {
      const host = route.crm === 'hubspot' ? 'app.hubspot.com' : 'admin.shopify.com';
      const scrape = scrapePage(parse(route.render()), `https://${host}${route.path}`, { now });
      expect(scrape?.page, route.path).toBe(route.kind);
      expect(scrape?.diagnostics, route.path).toEqual([]);
    }
  }, 60_000); // ~170 pages through happy-dom: seconds, not milliseconds

  it('every late page, once revealed, reads the same as the page served whole', () => {
    for (const route of all) {
      const host = route.crm === 'hubspot' ? 'app.hubspot.com' : 'admin.shopify.com';
      const url = `https://${host}${route.path}`;
      const late = parse(route.render({ late: true }));
      late.querySelectorAll('template[data-late]').forEach((t) => {
        t.replaceWith((t as HTMLTemplateElement).content.cloneNode(true));
      });
      const whole = scrapePage(parse(route.render()), url, { now });
      expect(scrapePage(late, url, { now }), route.path).toEqual(whole);
    }
  }, 60_000); // ~170 pages through happy-dom: seconds, not milliseconds

  it.each(world.customers.filter((c) => c.hubspot).map((c) => [c.slug, c] as const))(
    'HubSpot record of %s',
    (_slug, customer) => {
      const path = `/contacts/${world.hubspotPortal}/record/0-1/${customer.hubspot!.id}`;
      const route = all.find((r) => r.path === path)!;
      const scrape = scrapePage(parse(route.render()), `https://app.hubspot.com${path}`, { now });
      expect(scrape?.customers).toEqual([hubspotExpected(customer, world)]);
    },
  );

  it.each(world.customers.filter((c) => c.shopify).map((c) => [c.slug, c] as const))(
    'Shopify customer page of %s',
    (_slug, customer) => {
      const path = `/store/${world.shopifyStore}/customers/${customer.shopify!.id}`;
      const route = all.find((r) => r.path === path)!;
      const scrape = scrapePage(parse(route.render()), `https://admin.shopify.com${path}`, { now });
      expect(scrape?.customers).toEqual([shopifyCustomerExpected(customer, world)]);
    },
  );
});
