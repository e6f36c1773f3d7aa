/**
 * Runs inside a Chromium page that shows a 1,000-row list (bundled by ./bundle.ts):
 * times the adapters' reader over the live document, several runs, so the bench can
 * report the median and check the reader found every row. WooCommerce runs on any host
 * the user enables, so the registry has no fixed URL for it: its adapter is called
 * directly, as the registry would once the site is enabled.
 */
import { scrapePage } from '../../../lib/adapters';
import type { ScrapeResult } from '../../../lib/adapters/types';
import { woocommerceAdapter } from '../../../lib/adapters/woocommerce';

export interface ScrapeTimes {
  runsMs: number[];
  /** Rows the reader turned into data: customers, or orders on an orders list. */
  rowsRead: number;
  diagnostics: string[];
}

function scrape(url: string, crm: string): ScrapeResult | null {
  if (crm === 'woocommerce') return woocommerceAdapter.read(document, new URL(url))?.scrape ?? null;
  return scrapePage(document, url);
}

export function run(url: string, crm: string, runs: number): ScrapeTimes {
  const runsMs: number[] = [];
  let result: ScrapeResult | null = null;
  for (let n = 0; n < runs; n++) {
    const started = performance.now();
    result = scrape(url, crm);
    runsMs.push(performance.now() - started);
  }
  const customers = result?.customers ?? [];
  const rowsRead =
    result?.page === 'order-list'
      ? customers.reduce((sum, c) => sum + (c.orders?.length ?? 0), 0)
      : customers.length;
  return { runsMs, rowsRead, diagnostics: result?.diagnostics ?? [] };
}
