// Conventions for the adapters this team member owns: no selector depends on a generated
// class name, every candidate names its source, and every adapter has fixtures.
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SelectorTable } from '../../reading/select';
import { looksGenerated } from '../../reading/selector-suggest';
import { WOO_SELECTORS } from './selectors';

const TABLES: Record<string, SelectorTable> = { woocommerce: WOO_SELECTORS };

/** Class names a selector relies on (`.foo` tokens and `[class…="foo"]` values). */
function classesIn(css: string): string[] {
  const dotted = Array.from(css.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g), (m) => m[1] as string);
  const attr = Array.from(css.matchAll(/\[class[~|^$*]?="([^"]+)"\]/g), (m) => m[1] as string);
  return [...dotted, ...attr];
}

describe('adapter selector conventions', () => {
  for (const [crm, table] of Object.entries(TABLES)) {
    it(`${crm}: no candidate uses a generated class name`, () => {
      const offenders = Object.entries(table).flatMap(([key, candidates]) =>
        candidates.flatMap((c) =>
          classesIn(c.css)
            .filter(looksGenerated)
            .map((cls) => `${key}: ${cls}`),
        ),
      );
      expect(offenders).toEqual([]);
    });

    it(`${crm}: every candidate names its source, and no key joins selectors with commas`, () => {
      for (const [key, candidates] of Object.entries(table)) {
        expect(candidates.length, key).toBeGreaterThan(0);
        for (const c of candidates) {
          expect(c.source, `${key}: a source with the year it was seen`).toMatch(/20\d\d/);
          expect(c.css.includes(','), `${key}: ${c.css}`).toBe(false);
        }
      }
    });

    it(`${crm}: has saved fixtures`, () => {
      const dir = `tests/fixtures/${crm}`;
      expect(existsSync(dir)).toBe(true);
      expect(readdirSync(dir).filter((f) => f.endsWith('.html')).length).toBeGreaterThanOrEqual(5);
    });
  }

  it('the check itself catches a generated class', () => {
    expect(classesIn('div.css-1x2y3z > span._a1b2c').filter(looksGenerated)).toEqual([
      'css-1x2y3z',
      '_a1b2c',
    ]);
  });
});
