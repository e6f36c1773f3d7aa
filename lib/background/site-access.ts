/**
 * Self-hosted shops (WooCommerce) and user-taught CRMs live on any domain, so Rung
 * asks for each host at run time (optional host permissions, requested by the popup
 * during the user's click) and registers the CRM content script for it. The list of
 * enabled sites is not stored separately: it is whatever content scripts are
 * registered, which the browser persists across sessions.
 */
import { browser } from 'wxt/browser';
import { SITE_CONTENT_SCRIPT } from './content-script-file';
import { siteOrigin } from './site-origin';

const SCRIPT_PREFIX = 'rung-site:';

const matchPatternFor = (origin: string) => `${origin}/*`;

export async function enableSite(origin: string): Promise<void> {
  const pattern = matchPatternFor(origin);
  const granted = await browser.permissions.contains({ origins: [pattern] });
  if (!granted) throw new Error(`Rung has no permission for ${origin} yet.`);
  const id = SCRIPT_PREFIX + origin;
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length > 0) return;
  await browser.scripting.registerContentScripts([
    {
      id,
      matches: [pattern],
      js: [SITE_CONTENT_SCRIPT],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
}

export async function disableSite(origin: string): Promise<void> {
  const id = SCRIPT_PREFIX + origin;
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [id] });
  await browser.permissions.remove({ origins: [matchPatternFor(origin)] }).catch(() => false);
}

export async function enabledSites(): Promise<string[]> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return scripts
    .filter((s) => s.id.startsWith(SCRIPT_PREFIX))
    .map((s) => s.id.slice(SCRIPT_PREFIX.length));
}

/** When the user revokes a host in the browser's own settings, stop injecting there. */
export function watchRevokedSites(): void {
  browser.permissions.onRemoved.addListener(({ origins = [] }) => {
    for (const pattern of origins) {
      const origin = siteOrigin(pattern.replace(/\/\*$/, '/'));
      if (origin) void disableSite(origin).catch(() => undefined);
    }
  });
}
