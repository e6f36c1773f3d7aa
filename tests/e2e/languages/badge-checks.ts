/**
 * Badges in the browser's language, read only through the badge's stable hooks (the
 * `rung-badge` host, `[data-testid="rung-badge"]` with its data-* attributes, its
 * accessible name and its visible short label): the stage's short label and the
 * "stage, category" sentence of the accessible name must be the catalogue's.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { CATEGORY_LABEL_KEYS, STAGE_LABEL_KEYS, STAGE_SHORT_KEYS } from '../../../lib/i18n/keys';
import type { Category, Stage } from '../../../lib/segmentation/types';
import type { Translate } from '../../../lib/i18n/translate';
import { waitForBadges, withBadgeRoots } from '../badges';
import { RECORD, type LanguageRun } from './run';

export interface PillText {
  stage: string;
  category: string;
  label: string;
  visible: string;
}

export function readPills(page: Page): Promise<PillText[]> {
  return withBadgeRoots(
    page,
    (_: null, ...roots) =>
      roots
        .map((root) => root.querySelector('[data-testid="rung-badge"]')!)
        .map((pill) => ({
          stage: pill.getAttribute('data-stage') ?? '',
          category: pill.getAttribute('data-category') ?? '',
          label: pill.getAttribute('aria-label') ?? '',
          visible: (pill as HTMLElement).innerText.trim(),
        })),
    null,
  );
}

/** The sentence a badge's accessible name starts with, in the default (classic) vocabulary. */
export function expectedName(t: Translate, stage: string, category: string): string {
  return t('badge_label', [
    t(STAGE_LABEL_KEYS[stage as Stage]),
    t(CATEGORY_LABEL_KEYS.classic[category as Category]),
  ]);
}

function expectInLanguage(t: Translate, pill: PillText): void {
  expect(pill.visible).toContain(t(STAGE_SHORT_KEYS[pill.stage as Stage]));
  expect(pill.label).toContain(expectedName(t, pill.stage, pill.category));
}

export async function checkRecordBadge(run: LanguageRun): Promise<void> {
  const [pill, ...more] = await readPills(run.record);
  expect(more).toEqual([]);
  const designed = run.customer(RECORD).expected.hubspot;
  expect(pill).toMatchObject({ stage: designed?.stage, category: designed?.category });
  if (pill) expectInLanguage(run.t, pill);
}

export async function checkListBadges(run: LanguageRun): Promise<void> {
  const list = await run.s.open('shopify', run.listPath());
  const found = await waitForBadges(list, 20);
  const pills = await readPills(list);
  expect(pills.length).toBe(found.length);
  expect(new Set(pills.map((p) => p.stage)).size).toBeGreaterThan(1);
  for (const pill of pills) expectInLanguage(run.t, pill);
  await list.close();
}
