/**
 * Hostile pages: customer names and notes carrying <script>, <img onerror>, a right-to-left
 * override and zero-width characters (the demo world's hostile customers) never execute,
 * never become elements in Rung's badges or side panel, and never break the layout; and
 * a row a page plants for another store's customer files nothing under that store.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hubspotPaths, shopifyPaths, type DemoCrm } from '../../demo-crm/data/paths';
import { waitForBadges } from '../badges';
import { customerQuery } from '../session';
import { askRungData, rungPage } from './ask-rung';
import { horizontalOverflow, inspectBadges } from './hostile-dom';
import { EVIL_HOST } from './proof-crm';
import { startProofSession, type ProofSession } from './proof-session';

describe('hostile CRM content', () => {
  let s: ProofSession;
  const dialogs: string[] = [];
  const errors: string[] = [];
  beforeAll(async () => {
    s = await startProofSession();
    // Any alert() that ran, in any tab, would show up as a dialog.
    s.rung.context.on('page', (page) => {
      page.on('dialog', (d) => void dialogs.push(d.message()));
      page.on('pageerror', (e) => void errors.push(e.message));
    });
  });
  afterAll(() => s?.close());

  const slug = (name: string) => {
    const found = s.world.customers.find((c) => c.slug === name);
    if (!found) throw new Error(`no demo customer ${name}`);
    return found;
  };

  it.each<[DemoCrm, string]>([
    ['hubspot', 'script-tag'],
    ['shopify', 'img-onerror'],
  ])('%s list with hostile names: inert badges of badge size', async (crm, hostile) => {
    const path =
      crm === 'hubspot' ? hubspotPaths.contactsList(s.world) : shopifyPaths.customersList(s.world);
    const page = await s.open(crm, path);
    const badges = await waitForBadges(page, 20);
    const row = badges.filter((b) => b.rowLinks.some((l) => l.endsWith(idOf(crm, hostile))));
    expect(row).toHaveLength(1);
    expect(row[0]?.state).toBe('ready');
    const report = await inspectBadges(page);
    expect(report.planted).toEqual([]);
    expect(report.maxHeight).toBeLessThanOrEqual(48);
    expect(report.maxWidth).toBeLessThanOrEqual(320);
    // The same page where Rung does not run is the layout baseline.
    s.proof.setPage(EVIL_HOST, path, await page.content());
    const bare = await s.openUrl(s.proof.url(EVIL_HOST, path));
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(await horizontalOverflow(bare));
    await Promise.all([page.close(), bare.close()]);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });

  function idOf(crm: DemoCrm, name: string): string {
    const c = slug(name);
    return (crm === 'hubspot' ? c.hubspot?.id : c.shopify?.id) ?? '∅';
  }

  async function panelFor(name: string): Promise<Page> {
    const customer = slug(name);
    const record = await s.open('shopify', shopifyPaths.customer(s.world, idOf('shopify', name)));
    expect(await waitForBadges(record, 1)).toHaveLength(1);
    expect((await inspectBadges(record)).planted).toEqual([]);
    await record.close();
    const panel = await s.rung.openExtensionPage(
      `sidepanel.html?${customerQuery(s.world, customer, 'shopify')}`,
    );
    await panel.locator('.summary-name').waitFor({ timeout: 10_000 });
    return panel;
  }

  it('shows an <img onerror> name and a <script> note as text in the side panel', async () => {
    const panel = await panelFor('img-onerror');
    expect(await panel.locator('.summary-name').innerText()).toBe('<img src=x onerror=alert(1)>');
    expect(await panel.locator('img[src="x"], script:not([src])').count()).toBe(0);
    await panel.close();
    expect(dialogs).toEqual([]);
  });

  it('isolates a right-to-left override so it cannot reorder the panel around it', async () => {
    const panel = await panelFor('rtl-override');
    const name = panel.locator('.summary-name');
    const bidi = await name.evaluate((el) => getComputedStyle(el).unicodeBidi);
    const text = await name.innerText();
    // Either the override is stripped, or the name is isolated from its surroundings.
    expect(!text.includes('\u202E') || ['plaintext', 'isolate'].includes(bidi)).toBe(true);
    await panel.close();
  });

  it('files a row planted for another store’s customer under no other store', async () => {
    const page = await s.open('shopify', shopifyPaths.customersList(s.world));
    await waitForBadges(page, 20);
    await page.evaluate(() => {
      const row = document.querySelector('tbody tr')?.cloneNode(true) as HTMLElement;
      row.id = '99887766';
      const link = row.querySelector('a');
      link?.setAttribute('href', '/store/rival-store/customers/99887766');
      if (link) link.textContent = 'Planted Rival Customer';
      document.querySelector('tbody')?.append(row);
    });
    await page.waitForTimeout(1_500);
    const admin = await rungPage(s.rung);
    const rival = await askRungData<unknown>(admin, 'customer.get', {
      key: { crm: 'shopify', account: 'rival-store', id: '99887766' },
    });
    expect(rival).toBeNull();
    // The row was read: it is filed under the store the tab shows, where it stands.
    const own = await askRungData<{ key: unknown } | null>(admin, 'customer.get', {
      key: { crm: 'shopify', account: s.world.shopifyStore, id: '99887766' },
    });
    expect(own?.key).toMatchObject({ account: s.world.shopifyStore, id: '99887766' });
    await Promise.all([admin.close(), page.close()]);
  });
});
