/**
 * The side panel and the dashboard in the browser's language: `<html lang dir>`,
 * headings, stage and category names from the catalogue, and numbers, money and dates
 * as Intl writes them for that locale (computed here in Node, e.g. ۴ for fa).
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { CATEGORY_LABEL_KEYS, STAGE_LABEL_KEYS } from '../../../lib/i18n/keys';
import { LADDER, STAGES, type Stage } from '../../../lib/segmentation/types';
import { messagesMatching } from './catalogue';
import { documentLanguage, openReady, RECORD, texts, type LanguageRun } from './run';

/** The value shown beside one metric label (matched whole) in the side panel's metrics list. */
async function metric(page: Page, label: string): Promise<string | undefined> {
  const pairs = await page
    .locator('[data-testid="metrics"] .metric')
    .evaluateAll((items) =>
      items.map((item) => [
        item.querySelector('dt')?.textContent?.trim() ?? '',
        item.querySelector('dd')?.textContent?.trim() ?? '',
      ]),
    );
  return pairs.find(([name]) => name === label)?.[1];
}

export async function checkSidePanel(run: LanguageRun): Promise<void> {
  const { t, fmt } = run;
  const page = await openReady(
    run,
    `sidepanel.html?${run.query(RECORD)}`,
    '[data-testid="metrics"]',
  );
  expect(await documentLanguage(page)).toEqual({ lang: run.lang, dir: run.dir });
  const headings = await texts(page, 'h2');
  for (const key of ['treatment_title', 'reasons_title', 'metrics_title']) {
    expect(headings).toContain(t(key));
  }
  const customer = run.customer(RECORD);
  const designed = customer.expected.hubspot;
  if (!designed) throw new Error(`${RECORD} has no HubSpot expectation`);
  const stage = t(STAGE_LABEL_KEYS[designed.stage]);
  expect((await page.locator('[data-testid="stage"]').innerText()).trim()).toBe(stage);
  expect(await page.locator('[data-testid="category"]').innerText()).toContain(
    t(CATEGORY_LABEL_KEYS.classic[designed.category]),
  );
  expect(await page.locator('.ladder figcaption').innerText()).toBe(
    t('ladder_position', [
      stage,
      fmt.integer(LADDER.indexOf(designed.stage) + 1),
      fmt.integer(LADDER.length),
    ]),
  );
  // The treatment is the default playbook's, so its headline is one of the catalogue's.
  const headline = (await page.locator('[data-testid="treatment-headline"]').innerText()).trim();
  expect(messagesMatching(run.lang, /^pb_.*_headline$/)).toContain(headline);
  // Reasons are being translated separately this session: only their presence is checked.
  expect(await page.locator('[data-testid="reasons"] li').count()).toBeGreaterThan(0);

  const won = (customer.hubspot?.deals ?? []).filter((d) => d.closedWon);
  const revenue = won.reduce((sum, d) => sum + d.amount, 0);
  const lastWon =
    won
      .map((d) => d.closedAt ?? '')
      .sort()
      .at(-1) ?? '';
  expect(await metric(page, t('metric_order_count'))).toBe(fmt.integer(won.length));
  expect(await metric(page, t('metric_net_revenue'))).toBe(
    fmt.money(revenue, run.s.world.currency),
  );
  expect(await metric(page, t('metric_last_order'))).toBe(fmt.date(lastWon));
  await page.close();
}

export async function checkDashboard(run: LanguageRun): Promise<void> {
  const { t, fmt } = run;
  const page = await openReady(run, 'dashboard.html', '[data-testid="funnel"]');
  expect(await documentLanguage(page)).toEqual({ lang: run.lang, dir: run.dir });
  expect(await page.locator('h1').innerText()).toBe(t('dashboard_title'));
  const headings = await texts(page, 'h2');
  for (const key of ['dashboard_funnel', 'dashboard_matrix', 'dashboard_table']) {
    expect(headings).toContain(t(key));
  }
  const funnel = page.locator('[data-testid="funnel"] li');
  expect(await funnel.count()).toBe(STAGES.length);
  for (const item of await funnel.all()) {
    const stage = (await item.getAttribute('data-stage')) as Stage;
    const count = Number(await item.getAttribute('data-count'));
    expect(await item.locator('.funnel-label').innerText()).toBe(t(STAGE_LABEL_KEYS[stage]));
    expect(await item.locator('.funnel-count').innerText()).toBe(fmt.integer(count));
  }
  const columns = await texts(page, '[data-testid="customer-table"] thead th');
  expect(columns.slice(0, 4)).toEqual(
    ['dashboard_col_name', 'override_stage', 'override_category', 'metric_order_count'].map((k) =>
      t(k),
    ),
  );
  const rows = await page.locator('[data-testid="customer-table"] tbody tr').count();
  expect(await page.locator('[data-testid="csv-export"]').innerText()).toBe(
    t('dashboard_export', [fmt.integer(rows)]),
  );
  await page.close();
}
