/**
 * Sizes of each entry of a production build as the browser loads it: the content script
 * (its JS and CSS), and each extension page (its HTML's scripts, module preloads and
 * stylesheets). Shared by the bundle-size bench and the budget test.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export type EntryKind = 'content-script' | 'page' | 'background';

export const BUDGETS: Partial<Record<EntryKind, number>> = {
  'content-script': 30 * 1024,
  page: 80 * 1024,
};

export interface EntrySize {
  name: string;
  kind: EntryKind;
  files: string[];
  raw: number;
  gzip: number;
}

function measure(out: string, name: string, kind: EntryKind, files: string[]): EntrySize {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(path.join(out, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { name, kind, files, raw, gzip };
}

/** Every asset an HTML page loads: scripts, module preloads and stylesheets. */
function pageAssets(out: string, html: string): string[] {
  const text = readFileSync(path.join(out, html), 'utf8');
  const refs = [...text.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? '');
  return [...new Set(refs.map((ref) => ref.replace(/^\//, '')))].filter(Boolean);
}

export function entrySizes(out: string): EntrySize[] {
  const entries: EntrySize[] = [];
  const contentDir = path.join(out, 'content-scripts');
  for (const file of readdirSync(contentDir).filter((f) => f.endsWith('.js'))) {
    const name = file.replace(/\.js$/, '');
    const css = `${name}.css`;
    const files = [`content-scripts/${file}`];
    try {
      if (statSync(path.join(contentDir, css)).isFile()) files.push(`content-scripts/${css}`);
    } catch {
      // No stylesheet: badges adopt their CSS from the script.
    }
    entries.push(measure(out, `content script ${name}`, 'content-script', files));
  }
  for (const html of readdirSync(out).filter((f) => f.endsWith('.html'))) {
    entries.push(measure(out, `page ${html}`, 'page', pageAssets(out, html)));
  }
  entries.push(measure(out, 'background', 'background', ['background.js']));
  return entries;
}
