/**
 * Imports, backups and restores at shop size in real Chromium: a Shopify orders export of
 * 100,000 customers with 10 orders each (1,000,000 rows) read by the preview, written by
 * the import in one transaction, backed up and restored; each write beside a bare
 * IndexedDB peer putting the same records, as a ratio.
 */
import { bundleForBrowser } from './chromium/bundle';
import type { ImportFigures } from './chromium/import-page.entry';
import { openPlainPage } from './chromium/plain-page';
import type { BenchRow } from './types';

const CUSTOMERS = Number(process.env.RUNG_BENCH_IMPORT_CUSTOMERS ?? 100_000);
const PER_CUSTOMER = Number(process.env.RUNG_BENCH_IMPORT_ORDERS ?? 10);

export default async function bench(): Promise<BenchRow[]> {
  const code = await bundleForBrowser('tests/bench/chromium/import-page.entry.ts');
  const browser = await openPlainPage();
  try {
    await browser.page.addScriptTag({ content: code });
    browser.page.setDefaultTimeout(30 * 60_000);
    const f = await browser.page.evaluate(
      ([customers, per]) =>
        (
          globalThis as unknown as {
            RungBenchEntry: { run(c: number, p: number): Promise<ImportFigures> };
          }
        ).RungBenchEntry.run(customers!, per!),
      [CUSTOMERS, PER_CUSTOMER],
    );
    if (f.customers !== CUSTOMERS || f.written !== CUSTOMERS || f.restored !== CUSTOMERS)
      throw new Error(
        `import bench did not do the work it timed: read ${f.customers}, wrote ${f.written}, restored ${f.restored} of ${CUSTOMERS}`,
      );
    const n = CUSTOMERS.toLocaleString('en-US');
    const rows = (CUSTOMERS * PER_CUSTOMER).toLocaleString('en-US');
    const s = (ms: number) => Math.round(ms / 100) / 10;
    const ratio = (a: number, b: number) => Math.round((a / Math.max(b, 1)) * 10) / 10;
    console.info(JSON.stringify(f));
    return [
      {
        name: `preview of a ${Math.round(f.csvBytes / 1048576)} MB orders export (${rows} rows → ${n} customers)`,
        value: s(f.previewMs),
        unit: 's',
      },
      {
        name: `import of ${n} customers with ${f.orders.toLocaleString('en-US')} orders, one transaction`,
        value: s(f.commitMs),
        unit: 's',
      },
      {
        name: 'import vs bare IndexedDB putting the same profiles',
        value: ratio(f.commitMs, f.peerPutMs),
        unit: '×',
      },
      {
        name: `backup of ${n} customers (${Math.round(f.backupBytes / 1048576)} MB JSON)`,
        value: s(f.backupMs),
        unit: 's',
      },
      { name: `restore of ${n} customers, one transaction`, value: s(f.restoreMs), unit: 's' },
      {
        name: 'restore vs bare IndexedDB putting the same records',
        value: ratio(f.restoreMs, f.peerRestoreMs),
        unit: '×',
      },
      {
        name: `backup file accepted by the restore file check${f.restoreFileAccepted ? '' : ` (refused: ${f.restoreFileMessage})`}`,
        value: f.restoreFileAccepted ? 1 : 0,
        unit: '',
        target: '1',
        pass: f.restoreFileAccepted,
      },
    ];
  } finally {
    await browser.close();
  }
}
