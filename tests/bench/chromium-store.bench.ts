/**
 * The store in real Chromium (IndexedDB, real segmentation engine): bulk upsert of 10,000
 * profiles, one look-up of 1,000 keys, full reclassification of 10,000 customers. The
 * store code is bundled from lib/store and run in a plain 127.0.0.1 page.
 */
import { bundleForBrowser } from './chromium/bundle';
import { openPlainPage } from './chromium/plain-page';
import type { StoreFigures } from './chromium/store-page.entry';
import type { BenchRow } from './types';

const CUSTOMERS = Number(process.env.RUNG_BENCH_CUSTOMERS ?? 10_000);

export default async function bench(): Promise<BenchRow[]> {
  const code = await bundleForBrowser('tests/bench/chromium/store-page.entry.ts');
  const browser = await openPlainPage();
  try {
    await browser.page.addScriptTag({ content: code });
    const figures = await browser.page.evaluate(
      (total) =>
        (
          globalThis as unknown as { RungBenchEntry: { run(n: number): Promise<StoreFigures> } }
        ).RungBenchEntry.run(total),
      CUSTOMERS,
    );
    if (
      figures.lookupFound !== 1_000 ||
      figures.lookupDbFound !== 1_000 ||
      figures.reclassified !== CUSTOMERS
    ) {
      throw new Error(
        `store bench did not do the work it timed: found ${figures.lookupFound}/1000 and ${figures.lookupDbFound}/1000, reclassified ${figures.reclassified}/${CUSTOMERS}`,
      );
    }
    const n = CUSTOMERS.toLocaleString('en-US');
    const ms = (value: number) => Math.round(value * 10) / 10;
    return [
      {
        name: `bulk upsert of ${n} profiles (reads of 1,000)`,
        value: ms(figures.upsertMs),
        unit: 'ms',
      },
      {
        name: 'upsert: first read of 1,000 (empty store)',
        value: ms(figures.readMs[0] ?? 0),
        unit: 'ms',
      },
      { name: 'upsert: last read of 1,000', value: ms(figures.readMs.at(-1) ?? 0), unit: 'ms' },
      {
        name: `look-up of 1,000 keys among ${n}, just read (answered from memory)`,
        value: ms(figures.lookupMs),
        unit: 'ms',
      },
      {
        name: `look-up of the same keys from IndexedDB (the store without its badge cache)`,
        value: ms(figures.lookupDbMs),
        unit: 'ms',
      },
      {
        name: 'baseline: bare IndexedDB, 1,000 gets in one transaction',
        value: ms(figures.rawLookupMs),
        unit: 'ms',
      },
      {
        name: `full reclassification of ${n} customers`,
        value: ms(figures.reclassifyMs),
        unit: 'ms',
      },
    ];
  } finally {
    await browser.close();
  }
}
