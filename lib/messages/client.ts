/**
 * The one way Rung's pages and content scripts talk to the background. Typed by the
 * protocol map, so a wrong payload or a misread reply is a compile error; a failure
 * reported by the background becomes a thrown Error carrying its user-facing message.
 */
import { browser } from 'wxt/browser';
import type { Envelope, MessageType, Reply, RequestOf, ResponseOf } from './protocol';

export class BackgroundError extends Error {
  override name = 'BackgroundError';
}

export async function sendMessage<T extends MessageType>(
  type: T,
  payload: RequestOf<T>,
): Promise<ResponseOf<T>> {
  const envelope: Envelope<T> = { type, payload };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<ResponseOf<T>> | undefined;
  if (!reply) throw new BackgroundError('Rung’s background did not answer. Reload the page.');
  if (!reply.ok) throw new BackgroundError(reply.error);
  return reply.data;
}
