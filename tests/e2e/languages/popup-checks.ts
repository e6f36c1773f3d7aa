/**
 * The popup in the browser's language: opened as a popup window beside a tab (so that
 * tab stays the one it reads), on a customer's record and on a site Rung does not read;
 * and a manual reclassification made through it, chosen by the translated option names.
 */
import { expect } from 'vitest';
import { STAGE_LABEL_KEYS, CATEGORY_LABEL_KEYS } from '../../../lib/i18n/keys';
import { waitForBadge } from '../badges';
import { openPopupBeside } from '../popup-window';
import { messagesMatching } from './catalogue';
import { expectedName, readPills } from './badge-checks';
import {
  documentLanguage,
  openReady,
  RECLASSIFIED,
  RECORD,
  UNKNOWN_SITE,
  type LanguageRun,
} from './run';

export async function checkPopupOnCustomer(run: LanguageRun): Promise<void> {
  const { t } = run;
  const popup = await openPopupBeside(run.s.rung, run.record);
  await popup.locator('[data-testid="automatic-result"]').waitFor({ timeout: 10_000 });
  expect(await documentLanguage(popup)).toEqual({ lang: run.lang, dir: run.dir });
  const customer = run.customer(RECORD);
  const designed = customer.expected.hubspot;
  if (!designed) throw new Error(`${RECORD} has no HubSpot expectation`);
  expect(await popup.locator('h1').innerText()).toBe(customer.name);
  expect(await popup.locator('#override-title').innerText()).toBe(t('override_title'));
  expect(await popup.locator('[data-testid="automatic-result"]').innerText()).toBe(
    t('override_automatic', [
      t(STAGE_LABEL_KEYS[designed.stage]),
      t(CATEGORY_LABEL_KEYS.classic[designed.category]),
    ]),
  );
  const headline = (await popup.locator('p.headline').innerText()).trim();
  expect(messagesMatching(run.lang, /^pb_.*_headline$/)).toContain(headline);
  await popup.close();
}

export async function checkPopupOnUnknownSite(run: LanguageRun): Promise<void> {
  const { t } = run;
  const site = await run.s.rung.context.newPage();
  const origin = UNKNOWN_SITE;
  await site.goto(`${origin}/`); // the demo answers 404: still a page of a site Rung does not read
  const popup = await openPopupBeside(run.s.rung, site);
  await popup.locator('[data-testid="site-actions"]').waitFor({ timeout: 10_000 });
  expect(await documentLanguage(popup)).toEqual({ lang: run.lang, dir: run.dir });
  expect(await popup.locator('[data-testid="no-customer"] h1').innerText()).toBe(
    t('no_customer_title'),
  );
  expect(await popup.locator('[data-testid="no-customer"] > p').first().innerText()).toBe(
    t('no_customer_unsupported_site'),
  );
  expect(await popup.locator('#site-title').innerText()).toBe(t('site_title', [origin]));
  // The build copy holds this host (see ../granting-build.ts), so the popup says access is there.
  expect(await popup.locator('#site-title ~ p.small').first().innerText()).toBe(t('site_enabled'));
  expect(await popup.locator('[data-testid="site-teach"]').innerText()).toBe(t('site_teach'));
  await popup.close();
  await site.close();
}

export async function checkReclassification(run: LanguageRun): Promise<void> {
  const { t } = run;
  const record = await run.openRecord(RECLASSIFIED);
  const popup = await openReady(
    run,
    `popup.html?${run.query(RECLASSIFIED)}`,
    'select[name="stage"]',
  );
  await popup.locator('select[name="stage"]').selectOption({ label: t('stage_advocate') });
  await popup
    .locator('select[name="category"]')
    .selectOption({ label: t(CATEGORY_LABEL_KEYS.classic.devoted) });
  await popup.locator('textarea[name="reason"]').fill(`${t('stage_advocate')} — e2e`);
  await popup.locator('input[name="mode"][value="pin"]').check();
  await popup.locator('[data-testid="override-save"]').click();
  await expect
    .poll(() => popup.locator('[data-testid="override-status"]').innerText(), { timeout: 10_000 })
    .toBe(t('override_saved'));
  await popup.locator('[data-testid="override-note"]').waitFor({ timeout: 10_000 });
  await popup.close();

  await record.reload();
  const badge = await waitForBadge(record, (b) => b.overridden === 'true');
  expect(badge).toMatchObject({ stage: 'advocate', category: 'devoted' });
  const [pill] = await readPills(record);
  expect(pill?.label).toContain(expectedName(t, 'advocate', 'devoted'));
  expect(pill?.label).toContain(t('badge_marker_override'));
  await record.close();
}
