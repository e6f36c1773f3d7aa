/**
 * Changing a threshold on the options page changes the badge of a page that is already
 * open, without reloading it; an invalid value is refused and changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hubspotPaths } from '../demo-crm/data/paths';
import { readBadges, waitForBadge, waitForBadges } from './badges';
import { startSession, type E2eSession } from './session';

describe('options page thresholds', () => {
  let s: E2eSession;
  let record: Page;

  beforeAll(async () => {
    s = await startSession();
    // Designed: two won deals, so repeat under the default minimum of 2 orders.
    record = await s.open(
      'hubspot',
      hubspotPaths.contact(s.world, s.customer('diego-ramirez').hubspot?.id ?? ''),
    );
  });
  afterAll(() => s?.close());

  it('starts as repeat under the default repeat minimum (2)', async () => {
    expect((await waitForBadges(record, 1))[0]).toMatchObject({ stage: 'repeat', state: 'ready' });
  });

  it('refuses a negative repeat minimum with an inline error and leaves the badge alone', async () => {
    const options = await s.rung.openExtensionPage('options.html');
    await options.locator('input[name="stage.repeatMinOrders"]').fill('-1');
    await options.locator('[data-testid="settings-save"]').click();
    await options
      .locator('[data-testid="error-stage.repeatMinOrders"]')
      .waitFor({ timeout: 10_000 });
    await record.waitForTimeout(1_000);
    expect((await readBadges(record))[0]?.stage).toBe('repeat');
    await options.close();
  });

  it('turns the open page’s badge to first-time when the repeat minimum becomes 3', async () => {
    const options = await s.rung.openExtensionPage('options.html');
    const field = options.locator('input[name="stage.repeatMinOrders"]');
    expect(await field.inputValue()).toBe('2');
    await field.fill('3');
    await options.locator('[data-testid="settings-save"]').click();
    await expect
      .poll(() => options.locator('[data-testid="settings-status"]').innerText(), {
        timeout: 10_000,
      })
      .not.toBe('');
    const badge = await waitForBadge(record, (b) => b.stage === 'first-time');
    expect(badge?.stage).toBe('first-time');
    await options.close();
  });

  it('sent nothing over the network from the extension', () => {
    expect(s.rung.network.external()).toEqual([]);
  });
});
