/**
 * One Chromium per language over the demo CRM, with what that language's pages should
 * say. The record page of `RECORD` is visited first so the side panel, popup and
 * dashboard have a customer to show; `LIST` is the Shopify customer list.
 */
import type { Page } from 'playwright-core';
import { hubspotPaths, shopifyPaths } from '../../demo-crm/data/paths';
import type { DemoCustomer } from '../../demo-crm/data/types';
import type { Translate } from '../../../lib/i18n/translate';
import { waitForBadges } from '../badges';
import { customerQuery, startSession, type E2eSession } from '../session';
import { WOO_DEMO_HOST } from '../../demo-crm/server/hosts';
import { catalogueTranslate, directionOf, localFormat } from './catalogue';
import { buildGranting } from '../granting-build';

/** A site Rung does not read: the demo's WooCommerce-style host, with no CRM set up. */
export const UNKNOWN_SITE = `https://${WOO_DEMO_HOST}`;

/** Designed: client and demanding on HubSpot, four won deals. */
export const RECORD = 'thomas-wright';
/** Designed: repeat and core on HubSpot; reclassified by hand in the popup test. */
export const RECLASSIFIED = 'diego-ramirez';

export interface LanguageRun {
  lang: string;
  dir: 'ltr' | 'rtl';
  s: E2eSession;
  t: Translate;
  fmt: ReturnType<typeof localFormat>;
  /** The HubSpot record page of RECORD, kept open (its badge, keyboard use). */
  record: Page;
  customer(slug: string): DemoCustomer;
  /** `?crm=hubspot&account=…&id=…` for a customer's side panel or popup. */
  query(slug: string): string;
  /** The HubSpot contact page of a customer, waited until its badge settles. */
  openRecord(slug: string): Promise<Page>;
  listPath(): string;
  /** Closes the browser and the demo server, and removes the build copy. */
  close(): Promise<void>;
}

export async function startLanguageRun(lang: string): Promise<LanguageRun> {
  const build = buildGranting(UNKNOWN_SITE);
  let s: E2eSession;
  try {
    s = await startSession(new Date(), { lang, extensionPath: build.path });
  } catch (error) {
    build.remove();
    throw error;
  }
  const openRecord = async (slug: string) => {
    const id = s.customer(slug).hubspot?.id ?? '';
    const page = await s.open('hubspot', hubspotPaths.contact(s.world, id));
    await waitForBadges(page, 1);
    return page;
  };
  const close = async () => {
    await s.close();
    build.remove();
  };
  let record: Page;
  try {
    record = await openRecord(RECORD);
  } catch (error) {
    await close();
    throw error;
  }
  return {
    lang,
    dir: directionOf(lang),
    s,
    t: catalogueTranslate(lang),
    fmt: localFormat(lang),
    record,
    customer: (slug) => s.customer(slug),
    query: (slug) => customerQuery(s.world, s.customer(slug), 'hubspot'),
    openRecord,
    listPath: () => shopifyPaths.customersList(s.world),
    close,
  };
}

/** Waits for a selector on a fresh extension page. */
export async function openReady(run: LanguageRun, path: string, ready: string): Promise<Page> {
  const page = await run.s.rung.openExtensionPage(path);
  await page.locator(ready).first().waitFor({ timeout: 10_000 });
  return page;
}

/** `<html lang dir>` as the page set them. */
export function documentLanguage(page: Page): Promise<{ lang: string; dir: string }> {
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
  }));
}

/** Trimmed text of every element matching, in document order. */
export function texts(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((els) => els.map((e) => (e.textContent ?? '').trim()));
}
