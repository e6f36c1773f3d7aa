// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { WOO_NOW, WOO_URLS, wooFixture } from '../../../tests/fixtures/woocommerce/load';
import { profileSchema } from '../../domain/profile';
import { woocommerceReader } from './reader';

const INVISIBLE_OR_BIDI = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/;

describe('WooCommerce: hostile content is read as inert, bounded text', () => {
  const doc = wooFixture('customers-report-hostile.html');
  const before = doc.body.innerHTML;
  const result = woocommerceReader.read(doc, new URL(WOO_URLS.customersReport), { now: WOO_NOW });
  const customers = result?.scrape.customers ?? [];

  it('keeps markup in names as text and ignores injected elements', () => {
    expect(customers[0]?.name).toBe('<script>alert(1)</script>Eve');
    expect(customers[0]?.summary?.orderCount).toBe(3); // the <img onerror> adds no text
  });

  it('never takes an id or an e-mail from a javascript: link', () => {
    // Mallory's only links are javascript:, so there is no key and the row is left out.
    expect(customers.map((c) => c.key.id)).toEqual(['21', '23', '24']);
    expect(result?.scrape.diagnostics).toContain('report.row:no-customer');
  });

  it('strips bidi overrides and zero-width characters from names, e-mails and numbers', () => {
    const trudy = customers[1];
    expect(trudy?.name).toBe('gnp.exe Trudy');
    expect(trudy?.email).toBe('trudy@example.com');
    expect(trudy?.summary).toEqual({ orderCount: 2, totalSpent: 20, currency: 'USD' });
    for (const c of customers) {
      expect(JSON.stringify(c)).not.toMatch(INVISIBLE_OR_BIDI);
    }
  });

  it('caps a 20,000-character name and refuses an absurd amount', () => {
    const long = customers[2];
    expect(long?.name).toHaveLength(500);
    expect(long?.summary).toEqual({ orderCount: 1 });
    expect(result?.scrape.diagnostics).toContain('report.totalSpend:unparsed');
  });

  it('produces profiles the background schema accepts, and leaves the page untouched', () => {
    for (const c of customers) expect(profileSchema.safeParse(c).success).toBe(true);
    expect(doc.body.innerHTML).toBe(before);
  });
});

describe('WooCommerce: a 1 MB biographical note and name on the user profile', () => {
  it('reads within the profile caps, quickly', () => {
    const doc = wooFixture('user-edit-en.html');
    const description = doc.querySelector('textarea#description');
    if (description) description.textContent = `${'note '.repeat(200_000)}end`;
    doc.querySelector('input#first_name')?.setAttribute('value', `\u202E${'x'.repeat(1_000_000)}`);
    const started = performance.now();
    const result = woocommerceReader.read(doc, new URL(WOO_URLS.userEdit), { now: WOO_NOW });
    const elapsed = performance.now() - started;
    const customer = result?.scrape.customers[0];
    // Capped at 4000 code points; the cut here lands on a space, which is trimmed.
    expect(customer?.note).toHaveLength(3999);
    expect(customer?.note?.startsWith('note note')).toBe(true);
    expect(customer?.name?.length).toBeLessThanOrEqual(500);
    expect(customer?.name).not.toMatch(INVISIBLE_OR_BIDI);
    expect(profileSchema.safeParse(customer).success).toBe(true);
    expect(elapsed).toBeLessThan(200);
  });
});

describe('WooCommerce: hostile order list content', () => {
  it('ignores a javascript: edit link and markup in the buyer name', () => {
    const doc = wooFixture('orders-hpos-customer-en.html');
    const option = doc.querySelector('select[name="_customer_user"] option');
    if (option)
      option.textContent = '&lt;img src=x onerror=alert(1)&gt; (#2 &ndash; x@example.com)';
    const title = doc.querySelector('#order-47 a.order-view');
    title?.setAttribute('href', 'javascript:alert(1)');
    const result = woocommerceReader.read(doc, new URL(WOO_URLS.hposCustomer), { now: WOO_NOW });
    const customer = result?.scrape.customers[0];
    // The references are decoded into text, which stays text: no element is created.
    expect(customer?.name).toBe('<img src=x onerror=alert(1)>');
    expect(doc.querySelector('img')).toBeNull();
    expect(customer?.orders?.map((o) => o.id)).toContain('47'); // the id comes from tr#order-47
    expect(profileSchema.safeParse(customer).success).toBe(true);
  });

  it('keeps markup in an unfiltered buyer name as text', () => {
    const doc = wooFixture('orders-hpos-de.html');
    const strong = doc.querySelector('#order-43 a.order-view strong');
    if (strong) strong.textContent = '#43 <script>alert(1)</script>Emil';
    const result = woocommerceReader.read(doc, new URL(WOO_URLS.hposList), { now: WOO_NOW });
    const emil = result?.scrape.customers.at(-1);
    expect(emil?.name).toBe('<script>alert(1)</script>Emil');
    expect(profileSchema.safeParse(emil).success).toBe(true);
  });
});
