/**
 * The headless demo's tour of the demo CRM: both lists first (the extension meets
 * everyone), then every order page (discounts and refunds show only there), then every
 * customer record (whose badge now has the full picture), then the lists again. Each
 * page's badges are read; screenshots show both lists and one record per badge look.
 */
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { demoUrl, type DemoCrm } from '../../demo-crm/data/paths';
import type { ExpectedBadges } from '../../demo-crm/data/expected';
import type { PageSource } from '../../demo-crm/server/render-source';
import { waitForBadges, type FoundBadge } from '../badges';
import { inPool } from './pool';

export interface PageVisit {
  crm: DemoCrm;
  path: string;
  kind: string;
  status: number;
  badges: FoundBadge[];
  screenshot: string | null;
}

export interface TourResult {
  firstLists: PageVisit[];
  details: PageVisit[];
  finalLists: PageVisit[];
}

// Two cores: more tabs than this only queue up behind the background's classifying.
const TABS = 4;
const isList = (kind: string) => kind.endsWith('-list');

export async function tourDemo(
  context: BrowserContext,
  source: PageSource,
  expected: ExpectedBadges,
  outDir: string,
): Promise<TourResult> {
  const all = source.paths();
  const lists = all.filter((p) => isList(p.kind));
  const orders = all.filter((p) => p.kind === 'order');
  const records = all.filter((p) => !isList(p.kind) && p.kind !== 'order');
  const tabs: Page[] = await Promise.all(Array.from({ length: TABS }, () => context.newPage()));
  let shot = 0;
  const visit = async (
    target: { crm: DemoCrm; path: string; kind: string },
    tab: Page,
    save: boolean,
  ) => {
    const response = await tab.goto(demoUrl(target.crm, target.path));
    const want = expected[target.path]?.length ?? 0;
    // Order pages promise no badge: one ready badge (or a short wait) shows the page was
    // read. Lists and records wait for their expected badges to hold still.
    const badges =
      want > 0
        ? await waitForBadges(tab, want, 15_000, isList(target.kind) ? 400 : 250, {
            // The report shows each record's treatment headline, read from its tooltip.
            headlines: !isList(target.kind),
          })
        : await waitForBadges(tab, 1, 1_500, 0);
    let screenshot: string | null = null;
    if (save) {
      shot += 1;
      const name = `${String(shot).padStart(3, '0')}-${target.crm}-${target.kind}-${target.path.split('/').pop() ?? ''}.png`;
      screenshot = join(outDir, name);
      await tab.screenshot({ path: screenshot, fullPage: isList(target.kind) });
    }
    return { ...target, status: response?.status() ?? 0, badges, screenshot };
  };
  // One screenshot per CRM × stage × category is enough to show every badge look.
  const pictured = new Set<string>();
  const firstOfItsKind = (badge: ExpectedBadges[string][number] | undefined) => {
    const kind = badge ? `${badge.crm}|${badge.stage}|${badge.category}` : '';
    if (!kind || pictured.has(kind)) return false;
    pictured.add(kind);
    return true;
  };
  try {
    const firstLists = await inPool(lists, 1, (t) => visit(t, tabs[0] as Page, false));
    const orderVisits = await inPool(orders, TABS, (t, slot) =>
      visit(t, tabs[slot] as Page, false),
    );
    const recordVisits = await inPool(records, TABS, (t, slot) =>
      visit(t, tabs[slot] as Page, firstOfItsKind(expected[t.path]?.[0])),
    );
    const visited = [...orderVisits, ...recordVisits];
    const finalLists = await inPool(lists, 1, (t) => visit(t, tabs[0] as Page, true));
    return { firstLists, details: visited, finalLists };
  } finally {
    await Promise.all(tabs.map((tab) => tab.close()));
  }
}
