/**
 * Checks a built extension before Chromium loads it, because Chromium refuses a broken
 * unpacked extension silently: no error on the command line, just no service worker.
 * Each check names a cause met on this project.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function preflightExtension(extensionPath: string): void {
  const manifestPath = join(extensionPath, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`${manifestPath} is missing: run \`npm run build\` first.`);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  // Seen 2026-11-23: `_locales/` shipped without `default_locale`; Chromium then
  // rejects the extension ("Default locale was not specified, but _locales subtree exists").
  if (existsSync(join(extensionPath, '_locales')) && typeof manifest.default_locale !== 'string') {
    throw new Error(
      `${manifestPath} has no "default_locale" although _locales/ exists: Chromium will not load it. ` +
        'Set `default_locale` in wxt.config.ts.',
    );
  }
  const background = manifest.background as { service_worker?: unknown } | undefined;
  if (typeof background?.service_worker !== 'string') {
    throw new Error(`${manifestPath} declares no background service worker.`);
  }
}
