/**
 * Reaching Rung's content script from a test: its isolated world in a page, found through
 * CDP (`Runtime.executionContextCreated` with an `isolated` context whose origin is the
 * extension). Tests use it to act *as* the content script (e.g. send a forged page read
 * with the content script's real sender identity) and to know when the script is in.
 */
import type { CDPSession, Page } from 'playwright-core';

interface ContextDescription {
  id: number;
  origin: string;
  name: string;
  auxData?: { type?: string; isDefault?: boolean; frameId?: string };
}

export interface ContentWorld {
  session: CDPSession;
  /** Evaluates an expression in the content script's world; returns its JSON value. */
  evaluate<T>(expression: string): Promise<T>;
  detach(): Promise<void>;
}

/**
 * Waits until Rung's content script has created its world in `page` (top frame) and
 * returns a handle to it. Throws after `timeoutMs` when no content script runs there.
 */
export async function contentWorld(
  page: Page,
  extensionId: string,
  timeoutMs = 10_000,
): Promise<ContentWorld> {
  const session = await page.context().newCDPSession(page);
  const found = new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no content script of ${extensionId} in ${page.url()}`)),
      timeoutMs,
    );
    session.on('Runtime.executionContextCreated', (event: { context: ContextDescription }) => {
      const { context } = event;
      if (context.auxData?.type === 'isolated' && context.origin.includes(extensionId)) {
        clearTimeout(timer);
        resolve(context.id);
      }
    });
  });
  // Enabling replays every existing context, so a script that is already in is found too.
  await session.send('Runtime.enable');
  let contextId: number;
  try {
    contextId = await found;
  } catch (error) {
    await session.detach().catch(() => undefined);
    throw error;
  }
  return {
    session,
    async evaluate<T>(expression: string): Promise<T> {
      const reply = (await session.send('Runtime.evaluate', {
        expression,
        contextId,
        awaitPromise: true,
        returnByValue: true,
      })) as { result: { value?: unknown }; exceptionDetails?: { text: string } };
      if (reply.exceptionDetails) throw new Error(reply.exceptionDetails.text);
      return reply.result.value as T;
    },
    detach: () => session.detach().catch(() => undefined),
  };
}

/** Whether any isolated world of `extensionId` exists in `page` within `waitMs`. */
export async function hasContentScript(
  page: Page,
  extensionId: string,
  waitMs: number,
): Promise<boolean> {
  try {
    const world = await contentWorld(page, extensionId, waitMs);
    await world.detach();
    return true;
  } catch {
    return false;
  }
}

/** Counts the isolated worlds `extensionId` creates in `page` from now on (plus existing ones). */
export async function countWorlds(
  page: Page,
  extensionId: string,
): Promise<{ created(): number; detach(): Promise<void> }> {
  const session = await page.context().newCDPSession(page);
  let created = 0;
  session.on('Runtime.executionContextCreated', (event: { context: ContextDescription }) => {
    const { context } = event;
    if (context.auxData?.type === 'isolated' && context.origin.includes(extensionId)) created += 1;
  });
  await session.send('Runtime.enable');
  return { created: () => created, detach: () => session.detach().catch(() => undefined) };
}
