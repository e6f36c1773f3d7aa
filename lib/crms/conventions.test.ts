/**
 * Every folder under lib/crms/ is a driver that keeps the house rules
 * (tests/tools/crm-conventions.ts): in the registry, with fixtures, a content script or a
 * place in the sites script, and no generated class name in any selector.
 */
import { describe, expect, it } from 'vitest';
import { crmConventionProblems, usesGeneratedClass } from '../../tests/tools/crm-conventions';

describe('CRM driver conventions', () => {
  it('the detector catches generated class names and lets stable hooks through', () => {
    for (const bad of [
      '.Flex__StyledFlex-sc-9x8y7z',
      'div.PropertyLabel__StyledLabel-sc-q1w2e3 span',
      '._1j4h2 a',
      '.Polaris-Page-Header__Row_375v7',
      '[class*="Polaris-Frame__Main_yj28s"]',
      'div.sc-bdVaJa',
      'div.css-1x2y3z > span',
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

  it('every folder under lib/crms/ keeps them', async () => {
    expect(await crmConventionProblems(process.cwd())).toEqual([]);
  });
});
