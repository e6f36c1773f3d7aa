/**
 * Where a badge sits: never inside a link or button of the page (a click on a badge
 * inside a link navigated, whatever Rung's listener did), and never clipped. The host
 * paint-contains (content-visibility), so the pill's rings and its focus outline must end
 * inside the host's padding box; the old 3 px outline with a 2 px offset ended 5 px out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hubspotPaths, shopifyPaths } from '../../demo-crm/data/paths';
import { clickPill, focusPill, waitForBadge, waitForBadges, withBadgeRoots } from '../badges';
import { startProofSession, type ProofSession } from '../proof/proof-session';

interface Overhang {
  /** How far the pill's painted edge (focus outline, rings) reaches past the host's clip. */
  top: number;
  bottom: number;
  left: number;
  right: number;
}

describe('badge placement', () => {
  let s: ProofSession;
  beforeAll(async () => {
    s = await startProofSession();
  }, 60_000);
  afterAll(() => s?.close());

  it('goes after a link the page wraps around its title, and a click on it stays on the page', async () => {
    const customer = s.world.customers.find((c) => c.shopify)!;
    const record = await s.open('shopify', shopifyPaths.customer(s.world, customer.shopify!.id));
    await waitForBadge(record, () => true);
    // The page makes its title a link (as CRMs do for a record's name), and re-renders.
    await record.evaluate(() => {
      const title = document.querySelector('h1')!;
      const link = document.createElement('a');
      link.href = '/store/elsewhere';
      title.replaceWith(link);
      link.append(title);
    });
    await record.waitForTimeout(800);
    const where = await withBadgeRoots(
      record,
      (_: null, ...roots) => roots.map((root) => root.host.closest('a, button') === null),
      null,
    );
    expect(where).toEqual([true]);
    const before = record.url();
    await clickPill(record, 0);
    await record.waitForTimeout(800);
    expect(record.url()).toBe(before);
  });

  it('paints every pill, focused, inside its host on the lists and records', async () => {
    const customer = s.world.customers.find((c) => c.hubspot && c.shopify)!;
    const pages = [
      ['hubspot', hubspotPaths.contactsList(s.world)],
      ['shopify', shopifyPaths.customersList(s.world)],
      ['hubspot', hubspotPaths.contact(s.world, customer.hubspot!.id)],
      ['shopify', shopifyPaths.customer(s.world, customer.shopify!.id)],
    ] as const;
    for (const [crm, path] of pages) {
      const page = await s.open(crm, path);
      await waitForBadges(page, 1);
      await focusPill(page, 0);
      const overhang = await withBadgeRoots(
        page,
        (_: null, ...roots): Overhang => {
          const root = roots[0]!;
          const pill = root.querySelector('[data-testid="rung-badge"]')!;
          const style = getComputedStyle(pill);
          const outline = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
          // The widest box-shadow spread (the dark outer ring).
          const rings = Math.max(
            0,
            ...Array.from(
              style.boxShadow.matchAll(
                /(-?[\d.]+)px\s+(-?[\d.]+)px\s+(-?[\d.]+)px\s+(-?[\d.]+)px/g,
              ),
            ).map((m) => parseFloat(m[4]!)),
          );
          const reach = Math.max(outline, rings);
          const p = pill.getBoundingClientRect();
          const h = root.host.getBoundingClientRect();
          return {
            top: h.top - (p.top - reach),
            bottom: p.bottom + reach - h.bottom,
            left: h.left - (p.left - reach),
            right: p.right + reach - h.right,
          };
        },
        null,
      );
      console.info(`${path}: pill paints past its host by ${JSON.stringify(overhang)} px`);
      expect(Math.max(...Object.values(overhang)), path).toBeLessThanOrEqual(0.01);
      await page.close();
    }
  });
});
