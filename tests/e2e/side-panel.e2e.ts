/**
 * The side panel shows the treatment of the customer it is given (URL query, the way
 * the dashboard links to it), and clicking a badge opens the real side panel.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hubspotPaths } from '../demo-crm/data/paths';
import { clickPill, waitForBadges } from './badges';
import { customerQuery, startSession, type E2eSession } from './session';

interface TargetInfo {
  type: string;
  url: string;
}

describe('side panel', () => {
  let s: E2eSession;
  beforeAll(async () => {
    s = await startSession();
  });
  afterAll(() => s?.close());

  async function panelFor(slug: string) {
    const customer = s.customer(slug);
    const record = await s.open(
      'hubspot',
      hubspotPaths.contact(s.world, customer.hubspot?.id ?? ''),
    );
    await waitForBadges(record, 1);
    await record.close();
    const panel = await s.rung.openExtensionPage(
      `sidepanel.html?${customerQuery(s.world, customer, 'hubspot')}`,
    );
    await panel.locator('[data-testid="treatment-headline"]').waitFor({ timeout: 10_000 });
    return { panel, expected: customer.expected.hubspot };
  }

  it('shows stage, category, a treatment with actions, and the reasons', async () => {
    const { panel, expected } = await panelFor('thomas-wright');
    expect(await panel.locator('[data-testid="stage"]').getAttribute('data-stage')).toBe(
      expected?.stage,
    );
    expect(await panel.locator('[data-testid="category"]').getAttribute('data-category')).toBe(
      expected?.category,
    );
    const headline = (await panel.locator('[data-testid="treatment-headline"]').innerText()).trim();
    expect(headline.length).toBeGreaterThan(3);
    expect(await panel.locator('[data-testid="treatment-actions"] li').count()).toBeGreaterThan(0);
    expect(await panel.locator('[data-testid="reasons"] li').count()).toBeGreaterThan(0);
    await panel.close();
  });

  it('gives a demanding client a different treatment from a devoted advocate', async () => {
    // Each headline is read while its panel is the active tab: a panel follows the
    // active tab's customer once another tab takes focus.
    const headlineOf = async (slug: string) => {
      const { panel } = await panelFor(slug);
      const text = await panel.locator('[data-testid="treatment-headline"]').innerText();
      await panel.close();
      return text.trim();
    };
    const demanding = await headlineOf('thomas-wright');
    const devoted = await headlineOf('elena-popescu');
    expect(demanding.length).toBeGreaterThan(3);
    expect(devoted).not.toBe(demanding);
  });

  it('says so when the customer in the query is unknown', async () => {
    const panel = await s.rung.openExtensionPage('sidepanel.html?crm=hubspot&account=1&id=404404');
    await expect(
      panel.locator('[data-testid="no-customer"]').waitFor({ timeout: 10_000 }),
    ).resolves.toBeUndefined();
    await panel.close();
  });

  it('opens the real side panel when the badge is clicked', async () => {
    const customer = s.customer('kenji-sato');
    const page = await s.open('hubspot', hubspotPaths.contact(s.world, customer.hubspot?.id ?? ''));
    await waitForBadges(page, 1);
    await clickPill(page, 0);
    const session = await s.rung.context.newCDPSession(page);
    let panelOpen = false;
    for (let i = 0; i < 40 && !panelOpen; i += 1) {
      const { targetInfos } = (await session.send('Target.getTargets')) as {
        targetInfos: TargetInfo[];
      };
      panelOpen = targetInfos.some((t) => t.url.includes('/sidepanel.html'));
      if (!panelOpen) await page.waitForTimeout(250);
    }
    expect(panelOpen).toBe(true);
    await session.detach();
    await page.close();
  });

  it('sent nothing over the network from the extension', () => {
    expect(s.rung.network.external()).toEqual([]);
  });
});
