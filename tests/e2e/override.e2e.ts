/**
 * A manual reclassification made in the popup shows on the page's badge and survives a
 * page reload and a service-worker restart; reverting it brings the automatic result back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hubspotPaths } from '../demo-crm/data/paths';
import { waitForBadge, waitForBadges } from './badges';
import { customerQuery, startSession, type E2eSession } from './session';

describe('manual reclassification', () => {
  let s: E2eSession;
  let record: Page;
  const slug = 'diego-ramirez'; // designed: repeat, core

  beforeAll(async () => {
    s = await startSession();
    record = await s.open(
      'hubspot',
      hubspotPaths.contact(s.world, s.customer(slug).hubspot?.id ?? ''),
    );
  });
  afterAll(() => s?.close());

  const popup = () =>
    s.rung.openExtensionPage(`popup.html?${customerQuery(s.world, s.customer(slug), 'hubspot')}`);
  const isOverride = (b: {
    stage: string | null;
    category: string | null;
    overridden: string | null;
  }) => b.stage === 'advocate' && b.category === 'devoted' && b.overridden === 'true';

  it('starts from the automatic result', async () => {
    const [badge] = await waitForBadges(record, 1);
    expect(badge).toMatchObject({ stage: 'repeat', category: 'core', overridden: 'false' });
  });

  it('saves a pinned override from the popup', async () => {
    const page = await popup();
    await page.locator('select[name="stage"]').selectOption('advocate');
    await page.locator('select[name="category"]').selectOption('devoted');
    await page
      .locator('textarea[name="reason"]')
      .fill('Recommended us to two partners at the fair');
    await page.locator('input[name="mode"][value="pin"]').check();
    await page.locator('[data-testid="override-save"]').click();
    await expect
      .poll(() => page.locator('[data-testid="override-status"]').innerText(), { timeout: 10_000 })
      .not.toBe('');
    await page.close();
  });

  it('shows the override after a page reload', async () => {
    await record.reload();
    expect(await waitForBadge(record, isOverride)).toMatchObject({
      stage: 'advocate',
      overridden: 'true',
    });
  });

  it('keeps it after the service worker restarts', async () => {
    await s.rung.restartServiceWorker();
    await record.reload();
    expect(await waitForBadge(record, isOverride)).toMatchObject({
      category: 'devoted',
      overridden: 'true',
    });
    const page = await popup();
    await expect
      .poll(() => page.locator('[data-testid="automatic-result"]').innerText(), { timeout: 10_000 })
      .toMatch(/repeat/i);
    await page.close();
  });

  it('reverts to the automatic result', async () => {
    const page = await popup();
    await page.locator('[data-testid="override-revert"]').click();
    // The revert is a message round trip; reload until the page shows its outcome.
    let badge = null;
    for (let attempt = 0; attempt < 10 && badge?.overridden !== 'false'; attempt += 1) {
      await record.reload();
      badge = await waitForBadge(record, (b) => b.overridden === 'false', 1_000);
    }
    await page.close();
    expect(badge).toMatchObject({ stage: 'repeat', category: 'core', overridden: 'false' });
  });

  it('sent nothing over the network from the extension', () => {
    expect(s.rung.network.external()).toEqual([]);
  });
});
