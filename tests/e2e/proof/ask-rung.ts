/**
 * Asking Rung's background something as one of Rung's own pages would, and returning the
 * raw reply (`Reply<T>` or undefined): tests use it to read the store before and after
 * an attack, and to check what the background answers to malformed requests.
 */
import type { Page } from 'playwright-core';
import type { Rung } from '../harness';

export type RawReply = { ok: true; data: unknown } | { ok: false; error: string } | null;

/** One extension page kept open for the whole file, so asking costs one round trip. */
export async function rungPage(rung: Rung): Promise<Page> {
  return rung.openExtensionPage('manifest.json');
}

export function askRung(page: Page, message: unknown): Promise<RawReply> {
  return page.evaluate(async (envelope) => {
    // Runs in the extension page, where `chrome` exists; Node's types do not know it.
    const { chrome } = globalThis as unknown as {
      chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
    };
    const reply = await chrome.runtime.sendMessage(envelope);
    return (reply ?? null) as RawReply;
  }, message);
}

/** The `data` of a successful reply; throws with the background's error otherwise. */
export async function askRungData<T>(page: Page, type: string, payload: unknown): Promise<T> {
  const reply = await askRung(page, { type, payload });
  if (!reply?.ok) throw new Error(`${type}: ${reply ? reply.error : 'no reply'}`);
  return reply.data as T;
}
