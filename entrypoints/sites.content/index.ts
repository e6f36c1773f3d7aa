/**
 * Sites the user enabled (self-hosted WooCommerce shops, CRMs taught through the
 * options page): every driver whose site has no manifest matches. Not in the manifest:
 * the background registers it per enabled origin (lib/background/site-access.ts). Custom
 * definitions come from the background, which validated them when they were saved.
 */
import { createCustomDriver } from '@/lib/crms/custom';
import type { CustomDefinition } from '@/lib/crms/custom/definition';
import { woocommerceDriver } from '@/lib/crms/woocommerce';
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
    // Custom definitions first: a user who taught Rung a page means that reading.
    const drivers = [createCustomDriver(definitions as CustomDefinition[]), woocommerceDriver];
    const readers = drivers.map((driver) => driver.reader);
    runCrmContentScript((document, url) => readPageWith(readers, document, url));
  },
});
