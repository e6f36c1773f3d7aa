/**
 * Saving what the user taught: the background's saved definitions, plus this page (merged
 * into the same site's definition when there is one), saved through the background, which
 * validates them with the definition schema; then the site is enabled so the sites content
 * script reads it from the next load on. Errors carry the background's own sentence.
 */
import type { CustomDefinition } from '@/lib/crms/custom/definition';
import { sendMessage } from '@/lib/messages/client';
import { mergeDefinition } from '@/lib/picker/merge';

export async function saveTaughtPage(taught: CustomDefinition, pageUrl: URL): Promise<string> {
  const { definitions } = await sendMessage('customCrms.get', {});
  const merged = mergeDefinition(definitions, taught, pageUrl.hostname);
  await sendMessage('customCrms.save', { definitions: merged.definitions });
  await sendMessage('site.enable', { url: pageUrl.href });
  return merged.id;
}
