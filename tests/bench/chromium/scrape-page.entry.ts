/**
 * Runs inside a Chromium page that shows a 1,000-row list (bundled by ./bundle.ts):
 * times the CRM's reader over the live document, several runs, so the bench can
 * report the median and check the reader found every row. WooCommerce runs on any host
 * the user enables, so it has no fixed URL: its reader is called directly, as the
 * sites content script would once the site is enabled.
 */
import { hubspotReader } from '../../../lib/crms/hubspot/reader';
import { shopifyReader } from '../../../lib/crms/shopify/reader';
import { woocommerceReader } from '../../../lib/crms/woocommerce/reader';
import { scrapePageWith } from '../../../lib/reading/read-with';
import type { ScrapeResult } from '../../../lib/reading/types';

export interface ScrapeTimes {
  runsMs: number[];
  /** Rows the reader turned into data: customers, or orders on an orders list. */
  rowsRead: number;
  diagnostics: string[];
}

function scrape(url: string, crm: string): ScrapeResult | null {
  if (crm === 'woocommerce') return woocommerceReader.read(document, new URL(url))?.scrape ?? null;
  return scrapePageWith([hubspotReader, shopifyReader], document, url);
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
