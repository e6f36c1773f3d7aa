/**
 * After an update or a reload, Chrome does not put content scripts back into tabs that
 * were already open: staff would see no badges until they reload each CRM tab. So on
 * install/update Rung injects the content script into open tabs it may read. The old
 * script in such a tab was invalidated by the reload and removed its badges; the new
 * one starts clean.
 */
import { browser } from 'wxt/browser';
import {
  BUILT_IN_CONTENT_SCRIPTS,
  SITE_CONTENT_SCRIPT,
  type ContentScriptFile,
} from './content-script-file';
import { enabledSites } from './site-access';

export async function reinjectIntoOpenTabs(): Promise<number> {
  const sites = await enabledSites().catch(() => [] as string[]);
  const scripts: { file: ContentScriptFile; matches: string[] }[] = [
    ...BUILT_IN_CONTENT_SCRIPTS.map((s) => ({ file: s.file, matches: [...s.matches] })),
    ...(sites.length
      ? [{ file: SITE_CONTENT_SCRIPT, matches: sites.map((origin) => `${origin}/*`) }]
      : []),
  ];
  let injected = 0;
  for (const script of scripts) {
    const tabs = await browser.tabs.query({ url: script.matches });
    for (const tab of tabs) {
      if (tab.id === undefined || tab.discarded) continue;
      try {
        await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [script.file] });
        injected += 1;
      } catch {
        // A tab still loading or an error page: its own load will run the script.
      }
    }
  }
  return injected;
}
