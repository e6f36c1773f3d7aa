/**
 * The store in real Chromium: the logic tests run on fake-indexeddb, this one checks the
 * same guarantees on Chromium's IndexedDB (ordering of requests, blocked upgrades,
 * VersionError, deletion). Run with the browser config (see lib/store/README.md).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleForBrowser } from '../../../tests/bench/chromium/bundle';
import { openPlainPage, type PlainPage } from '../../../tests/bench/chromium/plain-page';
import type { run } from './real-idb.entry';

type Result = Awaited<ReturnType<typeof run>>;

let browser: PlainPage;
let result: Result;

beforeAll(async () => {
  const code = await bundleForBrowser('lib/store/browser/real-idb.entry.ts');
  browser = await openPlainPage();
  await browser.page.addScriptTag({ content: code });
  result = await browser.page.evaluate(() =>
    (globalThis as unknown as { RungBenchEntry: { run(): Promise<Result> } }).RungBenchEntry.run(),
  );
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('the store on Chromium’s IndexedDB', () => {
  it('gives the same profile whatever order the pages are visited in', () => {
    expect(result.profiles).toHaveLength(3);
    for (const profile of result.profiles) expect(profile).toEqual(result.profiles[0]);
    expect(result.profiles[0]).toMatchObject({
      name: 'Ann Lee',
      tickets: 1,
      summary: { orderCount: 3 },
    });
  });

  it('resumes a reclassification stopped halfway, keeping the override and its history', () => {
    expect(result.halfway).toMatchObject({ running: true, done: 4, total: 7 });
    expect(result.resumedFrom[0]).toBe(4);
    expect(result.resumedFrom.at(-1)).toBe(7);
    expect(result.override).toMatchObject({ stage: 'partner', reason: 'board member', by: 'Eve' });
    expect(result.stages).toEqual(['partner', ...Array<string>(6).fill('first-time')]);
    expect(result.history).toContain('stage:repeat->partner:manual');
  });

  it('reports a blocked upgrade and a newer database with their codes', () => {
    expect(result.blocked).toBe('blocked');
    expect(result.newer).toBe('version');
  });

  it('deletes the whole database on "delete all"', () => {
    expect(result.remaining).toEqual([]);
  });
});
