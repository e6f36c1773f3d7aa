/**
 * The options page in the browser's language: a group heading, the inline message of
 * an invalid threshold (with the range in the locale's digits), and the live preview
 * line of a valid change, before anything is saved.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { settingField } from '../../../lib/segmentation/setting-fields';
import { groupMessageKey } from '../../../components/options/settingDraft';
import { documentLanguage, openReady, type LanguageRun } from './run';

const REPEAT_MIN = 'stage.repeatMinOrders';
const CLIENT_MIN = 'stage.clientMinOrders';
/** Counts a preview may report here: a few dozen customers at most are cached. */
const PLAUSIBLE = Array.from({ length: 300 }, (_, i) => i + 1);

export const openOptions = (run: LanguageRun): Promise<Page> =>
  openReady(run, 'options.html', `input[name="${REPEAT_MIN}"]`);

export async function checkOptions(run: LanguageRun): Promise<void> {
  const { t, fmt } = run;
  const page = await openOptions(run);
  expect(await documentLanguage(page)).toEqual({ lang: run.lang, dir: run.dir });
  expect(await page.locator('h1').innerText()).toBe(t('options_title'));
  expect(await page.locator('fieldset[data-group="stage"] > legend').innerText()).toBe(
    t(groupMessageKey('stage')),
  );

  const field = settingField(REPEAT_MIN);
  if (!field) throw new Error(`no setting ${REPEAT_MIN}`);
  await page.locator(`input[name="${REPEAT_MIN}"]`).fill('-1');
  await page.locator('[data-testid="settings-save"]').click();
  const error = page.locator(`[data-testid="error-${REPEAT_MIN}"]`);
  await error.waitFor({ timeout: 10_000 });
  expect(await error.innerText()).toBe(
    t('settings_error_range', [fmt.number(field.min), fmt.number(field.max)]),
  );
  expect(await page.locator('[data-testid="settings-status"]').innerText()).toBe(
    t('options_fix_fields', [fmt.integer(1)]),
  );

  // Valid again, and one more order needed for "client": the record's client steps down.
  await page.locator(`input[name="${REPEAT_MIN}"]`).fill(fmt.integer(field.min));
  const clientMin = page.locator(`input[name="${CLIENT_MIN}"]`);
  const clientShown = await clientMin.inputValue();
  expect(clientShown).toBe(fmt.editable(fmt.readInteger(clientShown))); // the locale's digits
  await clientMin.fill(fmt.editable(fmt.readInteger(clientShown) + 1));
  const preview = page.locator('[data-testid="settings-preview"]');
  await preview.locator('li').first().waitFor({ timeout: 10_000 });
  const summary = (await preview.locator('[role="status"] > p').innerText()).trim();
  expect(PLAUSIBLE.map((n) => t('preview_some', [fmt.integer(n)]))).toContain(summary);
  const lines = (await preview.locator('li').allInnerTexts()).map((line) => line.trim());
  const clientToRepeat = PLAUSIBLE.map((n) =>
    t('preview_move', [fmt.integer(n), t('stage_client'), t('stage_repeat')]),
  );
  expect(lines.filter((line) => clientToRepeat.includes(line))).toHaveLength(1);
  await page.close();
}
