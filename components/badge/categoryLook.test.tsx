import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../lib/segmentation/types';
import { CATEGORY_LOOKS, PILL_TEXT_COLOUR, contrastRatio } from './categoryLook';

const css = readFileSync(new URL('./badge.css', import.meta.url), 'utf8');

describe('category looks', () => {
  it('computes known WCAG contrast ratios', () => {
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it.each(CATEGORIES)('%s: white text meets AA (4.5:1) on its pill', (category) => {
    const { background } = CATEGORY_LOOKS[category];
    expect(contrastRatio(PILL_TEXT_COLOUR, background)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(CATEGORIES)('%s: badge.css uses the same colour', (category) => {
    const rule = new RegExp(
      `\\.pill\\[data-category='${category}'\\]\\s*\\{\\s*background:\\s*(#[0-9a-f]{6})`,
    );
    expect(css.match(rule)?.[1]).toBe(CATEGORY_LOOKS[category].background);
  });

  it('keeps the badge stylesheet small: it ships in the 30 KB content script', () => {
    expect(css.length).toBeLessThan(3_500);
  });

  it('gives every category a distinct icon, so colour is not the only signal', () => {
    const icons = CATEGORIES.map((c) => CATEGORY_LOOKS[c].icon);
    expect(new Set(icons).size).toBe(CATEGORIES.length);
  });
});
