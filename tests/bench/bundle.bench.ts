/**
 * Bundle sizes per entry of the production Chrome build, raw and gzip (level 9), against
 * the budgets: content script ≤ 30 KB gzip, each extension page ≤ 80 KB gzip (the page's
 * own script plus the chunks it loads).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchRow } from './types';
import { entrySizes, BUDGETS } from './bundle-sizes';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export default async function bench(): Promise<BenchRow[]> {
  const out = path.join(root, '.output', 'chrome-mv3');
  if (!existsSync(out)) throw new Error('No build in .output/chrome-mv3: run npm run build first.');
  const rows: BenchRow[] = [];
  for (const entry of entrySizes(out)) {
    const budget = BUDGETS[entry.kind];
    rows.push({ name: `${entry.name} raw`, value: Math.round(entry.raw / 102.4) / 10, unit: 'KB' });
    rows.push({
      name: `${entry.name} gzip`,
      value: Math.round(entry.gzip / 102.4) / 10,
      unit: 'KB',
      ...(budget ? { target: `≤ ${budget / 1024} KB`, pass: entry.gzip <= budget } : {}),
    });
  }
  return rows;
}
