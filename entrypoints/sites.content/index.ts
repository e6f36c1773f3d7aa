/**
 * Sites the user enabled (self-hosted WooCommerce shops, CRMs taught through the
 * options page). Not in the manifest: the background registers it per enabled origin
 * (lib/background/site-access.ts). Custom definitions come from the background, which
 * validated them when they were saved.
 */
import { createCustomAdapter } from '@/lib/adapters/custom';
import type { CustomDefinition } from '@/lib/adapters/custom-definition';
import { readPageWith } from '@/lib/adapters/read-with';
import { woocommerceAdapter } from '@/lib/adapters/woocommerce';
import { runCrmContentScript } from '@/lib/content/run-crm-content-script';
import { sendMessage } from '@/lib/messages/client';

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  runAt: 'document_idle',
  // WXT's start-up postMessage names the extension id to the page (lib/content/extension-alive.ts).
  noScriptStartedPostMessage: true,
  async main() {
    const { definitions } = await sendMessage('customCrms.get', {}).catch(() => ({
      definitions: [] as unknown[],
    }));
    // Custom definitions first: a user who taught Rung a page means that reading.
    const adapters = [createCustomAdapter(definitions as CustomDefinition[]), woocommerceAdapter];
    runCrmContentScript((document, url) => readPageWith(adapters, document, url));
  },
});
