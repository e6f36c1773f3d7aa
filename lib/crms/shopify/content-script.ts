/**
 * Shopify admin tabs: the CRM content script with this driver only. WXT reads the options from the
 * object literal and drops `main` when it builds the manifest, so `main` stays inline.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runDriver } from '../run-driver';
import { shopifyDriver } from '.';

export default defineContentScript({
  matches: [...shopifyDriver.site.matches],
  runAt: 'document_idle',
  // WXT's start-up postMessage names the extension id to the page (lib/content/extension-alive.ts).
  noScriptStartedPostMessage: true,
  main: () => runDriver(shopifyDriver),
});
