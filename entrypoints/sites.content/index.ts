/**
 * Sites the user enabled (self-hosted WooCommerce shops, CRMs taught through the
 * options page): every driver whose site has no manifest matches. Not in the manifest:
 * the background registers it per enabled origin (lib/background/site-access.ts). Custom
 * definitions come from the background, which validated them when they were saved.
 */
import type { CustomDefinition } from '@/lib/crms/custom/definition';
import { createCustomReader } from '@/lib/crms/custom/reader';
import { woocommerceReader } from '@/lib/crms/woocommerce/reader';
import { runCrmContentScript } from '@/lib/content/run-crm-content-script';
import { sendMessage } from '@/lib/messages/client';
import { readPageWith } from '@/lib/reading/read-with';

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
    // Custom definitions first: a user who taught Rung a page means that reading. Readers
    // only: the drivers' site halves carry CSV import formats this page never uses.
    const readers = [createCustomReader(definitions as CustomDefinition[]), woocommerceReader];
    runCrmContentScript((document, url) => readPageWith(readers, document, url));
  },
});
