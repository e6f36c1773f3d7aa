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
      figures.reclassified !== CUSTOMERS ||
      figures.lastReadWrites === 0
    ) {
      throw new Error(
        `store bench did not do the work it timed: found ${figures.lookupFound}/1000 and ${figures.lookupDbFound}/1000, reclassified ${figures.reclassified}/${CUSTOMERS}`,
      );
    }
    const n = CUSTOMERS.toLocaleString('en-US');
    const lastRead = figures.readMs.at(-1) ?? 0;
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
      { name: 'upsert: last read of 1,000', value: ms(lastRead), unit: 'ms' },
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
        name: `upsert: records the last read of 1,000 wrote (${figures.lastReadTransactions} read-write transactions over ${figures.lastReadStores.join(', ')})`,
        value: figures.lastReadWrites,
        unit: 'records',
      },
      {
        name: 'peer: bare IndexedDB, one transaction putting 1,000 records (the read’s rows)',
        value: ms(figures.rawWriteRowsMs),
        unit: 'ms',
      },
      {
        name: 'upsert: last read of 1,000 against the bare write of its 1,000 rows',
        value: Math.round((lastRead / figures.rawWriteRowsMs) * 100) / 100,
        unit: '×',
        target: '≤ 2',
        pass: lastRead / figures.rawWriteRowsMs <= 2,
      },
      {
        name: 'bare IndexedDB, one transaction putting as many records as the last read wrote',
        value: ms(figures.rawWriteMs),
        unit: 'ms',
      },
      {
        name: 'upsert: last read of 1,000 against that bare write of as many records',
        value: Math.round((lastRead / figures.rawWriteMs) * 100) / 100,
        unit: '×',
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
