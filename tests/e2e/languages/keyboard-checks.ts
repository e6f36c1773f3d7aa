/**
 * Keyboard-only use in the browser's language: Tab reaches a badge on the CRM page and
 * Enter opens it; on the options page Tab reaches a threshold, typing changes it and
 * Enter saves it. The focused element must show its focus (an outline or a box-shadow).
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { waitForBadge, withBadgeRoots } from '../badges';
import { expectedName } from './badge-checks';
import { openOptions } from './options-checks';
import { RECORD, type LanguageRun } from './run';

interface FocusStyle {
  outlineStyle: string;
  outlineWidth: string;
  boxShadow: string;
}

interface FocusLook {
  outline: string;
  shadow: string;
  visible: boolean;
}

/** Whether a focused element shows its focus to the eye: an outline or a box-shadow. */
function ringOf(style: FocusStyle | null): FocusLook {
  if (!style) return { outline: '', shadow: '', visible: false };
  const outline = `${style.outlineStyle} ${style.outlineWidth}`;
  const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  const shadowed = style.boxShadow !== 'none' && style.boxShadow !== '';
  return { outline, shadow: style.boxShadow, visible: outlined || shadowed };
}

/** Focus as the eye sees it on an extension page: the focused element has a ring. */
async function focusRing(page: Page): Promise<FocusLook> {
  return ringOf(
    await page.evaluate(() => {
      const element = document.activeElement;
      if (!element) return null;
      const { outlineStyle, outlineWidth, boxShadow } = getComputedStyle(element);
      return { outlineStyle, outlineWidth, boxShadow };
    }),
  );
}

/**
 * The focused pill inside a badge's closed shadow root (read through CDP: the page sees
 * only the host as its active element), with its accessible name and its focus ring.
 */
async function focusedPill(page: Page): Promise<{ label: string; ring: FocusLook } | null> {
  const pill = await withBadgeRoots(
    page,
    (_: null, ...roots) => {
      const element = roots.find((root) => root.activeElement)?.activeElement;
      if (!element) return null;
      const { outlineStyle, outlineWidth, boxShadow } = getComputedStyle(element);
      return {
        label: element.getAttribute('aria-label') ?? '',
        style: { outlineStyle, outlineWidth, boxShadow },
      };
    },
    null,
  );
  return pill && { label: pill.label, ring: ringOf(pill.style) };
}

/** Presses Tab until `reached` holds, at most `limit` times. */
async function tabUntil(page: Page, reached: () => Promise<boolean>, limit = 60): Promise<boolean> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await reached()) return true;
  }
  return false;
}

function focusedCustomerStored(run: LanguageRun): Promise<boolean> {
  return run.s.rung.serviceWorker().then((sw) =>
    sw.evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: { storage: { session: { get(k: null): Promise<Record<string, unknown>> } } };
      };
      const all = await chrome.storage.session.get(null);
      return Object.values(all).some((v) => (v as { focused?: unknown }).focused);
    }),
  );
}

export async function checkKeyboardBadge(run: LanguageRun): Promise<void> {
  const page = run.record;
  await page.bringToFront();
  await page.reload();
  expect((await waitForBadge(page, () => true))?.state).toBe('ready');
  const onBadge = await tabUntil(page, async () => (await focusedPill(page)) !== null);
  expect(onBadge).toBe(true);
  const focused = await focusedPill(page);
  expect(focused?.ring.visible).toBe(true);
  const label = focused?.label ?? '';
  const designed = run.customer(RECORD).expected.hubspot;
  expect(label).toContain(expectedName(run.t, designed?.stage ?? '', designed?.category ?? ''));
  await page.keyboard.press('Enter');
  // Enter asks the background to open the side panel; it records the tab's focused customer.
  await expect.poll(() => focusedCustomerStored(run), { timeout: 5_000 }).toBe(true);
}

export async function checkKeyboardOptions(run: LanguageRun): Promise<void> {
  const { t, fmt } = run;
  const page = await openOptions(run);
  const path = 'stage.clientMinOrders';
  // Every stop on the way (links, the name field, thresholds) must show where focus is.
  const unringed: string[] = [];
  const reached = await tabUntil(page, async () => {
    const ring = await focusRing(page);
    const name = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      return el ? `${el.localName}[${el.name ?? ''}]` : '';
    });
    if (!ring.visible) unringed.push(`${name} ${JSON.stringify(ring)}`);
    return name === `input[${path}]`;
  });
  expect(reached).toBe(true);
  expect(unringed).toEqual([]);
  const shown = await page.locator(`input[name="${path}"]`).inputValue();
  const next = fmt.readInteger(shown) + 2;
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(fmt.integer(next)); // typed in the locale's digits
  await page.keyboard.press('Enter'); // submits the form: no pointer involved
  await expect
    .poll(() => page.locator('[data-testid="settings-status"]').innerText(), { timeout: 10_000 })
    .toBe(t('options_saved'));
  await page.reload();
  const saved = page.locator(`input[name="${path}"]`);
  await saved.waitFor();
  // Shown again in the locale's digits ("۶" in Persian), as the user typed it.
  expect(await saved.inputValue()).toBe(fmt.editable(next));
  await page.close();
}
