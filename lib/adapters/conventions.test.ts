/**
 * House conventions for adapters (../shared/STYLE.md §1, §2, §10): every registered adapter
 * has saved-page fixtures and a selector table, and no selector leans on a generated class
 * name (styled-components hashes, Polaris build suffixes, obfuscated admin classes), which
 * change on every CRM release.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from './index';

/** `custom:<site>` adapters share one fixtures folder, `tests/fixtures/custom`. */
function fixtureDir(crm: string): string {
  return join(process.cwd(), 'tests/fixtures', crm.split(':')[0] ?? crm);
}

const GENERATED_CLASS = [
  /__Styled/, // styled-components display names (HubSpot)
  /-sc-[a-z0-9]+/i, // styled-components hash
  /\._[A-Za-z0-9]{4,}/, // obfuscated admin classes such as ._1j4h2
  /Polaris-[\w-]*_[a-z0-9]{5}\b/, // Polaris with an admin build suffix
  /[.\s]sc-[a-zA-Z]{5,}/, // bare styled-components class such as .sc-bdVaJa
];

function usesGeneratedClass(css: string): boolean {
  return GENERATED_CLASS.some((pattern) => pattern.test(css));
}

describe('adapter conventions', () => {
  it('the detector catches generated class names and lets stable hooks through', () => {
    for (const bad of [
      '.Flex__StyledFlex-sc-9x8y7z',
      'div.PropertyLabel__StyledLabel-sc-q1w2e3 span',
      '._1j4h2 a',
      '.Polaris-Page-Header__Row_375v7',
      '[class*="Polaris-Frame__Main_yj28s"]',
      'div.sc-bdVaJa',
    ]) {
      expect(usesGeneratedClass(bad), bad).toBe(true);
    }
    for (const good of [
      '[data-test-id="record-title"]',
      'tr[data-test-id^="row-"]',
      'a[href*="/record/0-1/"]',
      '#AppFrameMain',
      'time[datetime]',
      'td.column-order_total',
      'tbody#the-list tr[id^="order-"]',
    ]) {
      expect(usesGeneratedClass(good), good).toBe(false);
    }
  });

  it.each(ADAPTERS.map((a) => [a.crm, a] as const))('%s has fixtures', (crm) => {
    const dir = fixtureDir(crm);
    expect(existsSync(dir), dir).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith('.html')).length).toBeGreaterThan(0);
  });

  it.each(ADAPTERS.filter((a) => !a.crm.startsWith('custom:')).map((a) => [a.crm, a] as const))(
    '%s has a selector table with dated, sourced candidates and no generated classes',
    (_crm, adapter) => {
      const table = adapter.selectors ?? {};
      expect(Object.keys(table).length).toBeGreaterThan(0);
      for (const [key, candidates] of Object.entries(table)) {
        expect(candidates.length, key).toBeGreaterThan(0);
        for (const { css, source } of candidates) {
          expect(usesGeneratedClass(css), `${key}: ${css}`).toBe(false);
          expect(css.includes(','), `${key}: one selector per candidate, not a list`).toBe(false);
          // Where the hook was seen and when: selector rot is easier to judge with a date.
          expect(source, `${key}: source with a year`).toMatch(/20\d\d/);
        }
      }
    },
  );
});
