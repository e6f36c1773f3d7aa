/** HubSpot tabs: the CRM content script with the HubSpot reader only. */
import { hubspotAdapter } from '@/lib/adapters/hubspot';
import { HUBSPOT_MATCHES } from '@/lib/adapters/page-identity';
import { readPageWith } from '@/lib/adapters/read-with';
import { runCrmContentScript } from '@/lib/content/run-crm-content-script';

export default defineContentScript({
  matches: HUBSPOT_MATCHES,
  runAt: 'document_idle',
  // WXT's start-up postMessage names the extension id to the page (lib/content/extension-alive.ts).
  noScriptStartedPostMessage: true,
  main() {
    runCrmContentScript((document, url) => readPageWith([hubspotAdapter], document, url));
  },
});
