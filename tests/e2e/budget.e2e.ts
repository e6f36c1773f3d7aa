/**
 * Size budgets on the production build (deterministic, so enforced here rather than
 * benchmarked): the content script under 30 KB gzip, every extension page under 80 KB.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGETS, entrySizes } from '../bench/bundle-sizes';

const out = path.resolve('.output/chrome-mv3');

describe('bundle budgets', () => {
  const entries = entrySizes(out);

  it('finds the content script and the pages', () => {
    expect(entries.filter((e) => e.kind === 'content-script').length).toBeGreaterThan(0);
    expect(entries.map((e) => e.name)).toEqual(
      expect.arrayContaining(['page popup.html', 'page options.html', 'page sidepanel.html']),
    );
  });

  it.each(entries.filter((e) => BUDGETS[e.kind] !== undefined).map((e) => [e.name, e] as const))(
    '%s stays within its gzip budget',
    (_name, entry) => {
      expect(entry.gzip).toBeLessThanOrEqual(BUDGETS[entry.kind] ?? 0);
    },
  );
});
