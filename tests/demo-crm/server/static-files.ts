/**
 * Files served from disk: saved fixture pages under `/__fixtures/<crm>/<file>` (on the
 * CRM's own host, so a saved HubSpot page loads as https://app.hubspot.com/__fixtures/…),
 * or at the real URL a fixture was captured from, with `?__fixture=<file>` (adapters
 * read the page kind and ids from the URL, so that is where a fixture really works)
 * and the renderers' scripts under `/__demo/assets/<file>` (same origin, so the strict
 * `script-src 'self'` CSP allows them, as the real apps load their own bundles).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FixtureCrm } from './hosts';
import { RENDER_ASSETS_DIR } from './render-source';

export const FIXTURES_DIR = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'fixtures',
);
export const FIXTURE_PREFIX = '/__fixtures/';
export const ASSET_PREFIX = '/__demo/assets/';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface StaticFile {
  body: Buffer;
  type: string;
}

/** A file inside `root`, or null: `..`, absolute paths and directories never escape it. */
function readInside(root: string, relative: string): StaticFile | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(relative);
  } catch {
    return null;
  }
  const full = resolve(root, decoded);
  if (!full.startsWith(root + sep) || !existsSync(full) || !statSync(full).isFile()) return null;
  return { body: readFileSync(full), type: TYPES[extname(full)] ?? 'application/octet-stream' };
}

export const FIXTURE_QUERY = '__fixture';

export function fixtureFile(crm: FixtureCrm, url: URL): StaticFile | null {
  const named = url.searchParams.get(FIXTURE_QUERY);
  const path = named === null ? url.pathname : `${FIXTURE_PREFIX}${crm}/${named}`;
  const prefix = `${FIXTURE_PREFIX}${crm}/`;
  if (!path.startsWith(prefix) || !path.endsWith('.html')) return null;
  return readInside(join(FIXTURES_DIR, crm), path.slice(prefix.length));
}

export function assetFile(path: string): StaticFile | null {
  if (!path.startsWith(ASSET_PREFIX)) return null;
  return readInside(RENDER_ASSETS_DIR, path.slice(ASSET_PREFIX.length));
}
