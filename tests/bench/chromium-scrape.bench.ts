/**
 * Reading a 1,000-row list per CRM in Chromium: the adapters' `scrapePage` bundled and
 * run over the real DOM of each list page (median of 7 runs after one warm-up run).
 * Target: well inside the 50 ms main-thread budget Rung has per 1,000 rows.
 */
import { bundleForBrowser } from './chromium/bundle';
import { listPages } from './chromium/list-pages';
import { openPlainPage } from './chromium/plain-page';
import type { ScrapeTimes } from './chromium/scrape-page.entry';
import { median, tenth } from './chromium/stats';
import type { BenchRow } from './types';

const RUNS = 7;
const TARGET_MS = 50;

export default async function bench(): Promise<BenchRow[]> {
  const code = await bundleForBrowser('tests/bench/chromium/scrape-page.entry.ts');
  const pages = listPages(new Date());
  const served = Object.fromEntries(pages.map((p) => [`/${p.crm}.html`, p.html]));
  const browser = await openPlainPage(served);
  const rows: BenchRow[] = [];
  try {
    for (const list of pages) {
      await browser.page.goto(`${browser.origin}/${list.crm}.html`);
      await browser.page.addScriptTag({ content: code });
      const times = await browser.page.evaluate(
        ([url, crm, runs]) =>
          (
            globalThis as unknown as {
              RungBenchEntry: { run(u: string, c: string, r: number): ScrapeTimes };
            }
          ).RungBenchEntry.run(url, crm, runs),
        [list.url, list.crm, RUNS + 1] as const,
      );
      if (times.rowsRead !== list.rows) {
        throw new Error(
          `${list.crm}: read ${times.rowsRead} of ${list.rows} rows (${times.diagnostics.join(', ')})`,
        );
      }
      const value = tenth(median(times.runsMs.slice(1)));
      rows.push({
        name: `read a ${list.rows.toLocaleString('en-US')}-row ${list.crm} list (median of ${RUNS})`,
        value,
        unit: 'ms',
        target: `< ${TARGET_MS} ms`,
        pass: value < TARGET_MS,
      });
    }
  } finally {
    await browser.close();
  }
  return rows;
}
