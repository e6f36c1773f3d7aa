/** Shopify admin tabs: the CRM content script with the Shopify reader only. */
import { SHOPIFY_MATCHES } from '@/lib/adapters/page-identity';
import { readPageWith } from '@/lib/adapters/read-with';
import { shopifyAdapter } from '@/lib/adapters/shopify';
import { runCrmContentScript } from '@/lib/content/run-crm-content-script';

export default defineContentScript({
  matches: SHOPIFY_MATCHES,
  runAt: 'document_idle',
  // WXT's start-up postMessage names the extension id to the page (lib/content/extension-alive.ts).
  noScriptStartedPostMessage: true,
  main() {
    runCrmContentScript((document, url) => readPageWith([shopifyAdapter], document, url));
  },
});
