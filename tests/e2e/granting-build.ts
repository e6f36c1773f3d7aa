/**
 * A copy of the build that may also read one more host. Why: a real user opens the popup
 * from the toolbar, and only that click could reveal the tab's URL to Rung; a test cannot
 * click the toolbar, and without the URL the popup cannot tell "a site Rung does not read"
 * (Chromium hides `tab.url` from an extension without host access; checked 2026-11-23).
 * An install-time host permission gives the popup the URL the way the click would.
 * Used by picker.e2e.ts and the language runs.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_EXTENSION_PATH } from './harness';

export function buildGranting(origin: string): { path: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'rung-granting-build-'));
  const path = join(dir, 'chrome-mv3');
  cpSync(process.env.RUNG_EXTENSION_PATH ?? DEFAULT_EXTENSION_PATH, path, { recursive: true });
  const manifestPath = join(path, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    host_permissions?: string[];
  };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), `${origin}/*`];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return { path, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
