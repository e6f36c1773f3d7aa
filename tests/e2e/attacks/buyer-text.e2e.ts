/**
 * Attack class 5: text a buyer writes changes facts. On a Shopify order page a line-item
 * property "Total: $0.01" rewrote the order's total, and "Customer" in the order note hid
 * the order. The saved Shopify order fixture (tests/fixtures/shopify/order.html), with
 * such a property and note added, is served under its real admin URL with the demo's
 * strict CSP; what Rung stores for the customer must be the totals table's figures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForBadge } from '../badges';
import { askRungData, rungPage } from '../proof/ask-rung';
import { startProofSession, type ProofSession } from '../proof/proof-session';

const HOST = 'admin.shopify.com';
const PATH = '/store/acme-store/orders/5550001112223';
const KEY = { crm: 'shopify', account: 'acme-store', id: '7088123456789' };

function orderWithBuyerText(): string {
  const html = readFileSync(join(process.cwd(), 'tests/fixtures/shopify/order.html'), 'utf8');
  const property = '<div><span>Total</span><span>$0.01</span></div>';
  const note = '<p>Customer</p>';
  const withProperty = html.replace(
    '<span>$89.00</span></li>',
    `<span>$89.00</span>${property}</li>`,
  );
  const withNote = withProperty.replace('<p>Gift wrap.</p>', `<p>Gift wrap.</p>${note}`);
  if (withNote === withProperty || withProperty === html) throw new Error('fixture changed');
  return withNote;
}

describe('buyer-written text on an order page', () => {
  let s: ProofSession;
  beforeAll(async () => {
    s = await startProofSession({ hosts: [HOST] });
    s.proof.setPage(HOST, PATH, orderWithBuyerText());
  }, 60_000);
  afterAll(() => s?.close());

  it('keeps the order and its total from the totals table', async () => {
    const page = await s.openUrl(s.proof.url(HOST, PATH));
    expect((await waitForBadge(page, () => true))?.state).toBe('ready');
    const admin = await rungPage(s.rung);
    const detail = await askRungData<{
      profile: { orders?: { id: string; total: number; refunded?: number }[] };
    } | null>(admin, 'customer.get', { key: KEY });
    expect(detail?.profile.orders).toEqual([
      expect.objectContaining({ id: '5550001112223', total: 89, refunded: 20 }),
    ]);
  });
});
