/**
 * Turns `runtime.onMessage` into typed request handlers: checks the sender, parses the
 * envelope with zod, runs the handler, and wraps the outcome in a `Reply`. Anything
 * that fails a check is dropped without a reply body that could leak information.
 */
import type { MessageType, Reply, RequestOf, ResponseOf } from '../messages/protocol';
import { describeInvalid, envelopeSchema } from '../messages/schemas';
import { classifySender, isAllowed, type SenderInfo, type SenderKind } from './sender-policy';

export interface RequestContext {
  sender: SenderInfo;
  kind: SenderKind;
}

export type Handlers = {
  [T in MessageType]: (payload: RequestOf<T>, context: RequestContext) => Promise<ResponseOf<T>>;
};

/** An error whose message is meant for the user (validation, storage full, …). */
export class UserFacingError extends Error {
  override name = 'UserFacingError';
}

/**
 * Errors the user can act on carry their own sentence: ours, the store's (a machine
 * `code` beside a message written for people) and the settings' (the `field` at fault).
 * Anything else (a bug) gets a generic sentence instead of a stack-trace fragment.
 */
function isUserFacing(error: unknown): error is Error {
  if (error instanceof UserFacingError) return true;
  if (!(error instanceof Error)) return false;
  const { code, field } = error as { code?: unknown; field?: unknown };
  return typeof code === 'string' || typeof field === 'string';
}

export function createRouter(
  handlers: Handlers,
  identity: { extensionId: string; extensionOrigin: string },
  log: (message: string, detail?: unknown) => void = console.warn,
) {
  return async (message: unknown, sender: SenderInfo): Promise<Reply<unknown> | undefined> => {
    const kind = classifySender(sender, identity.extensionId, identity.extensionOrigin);
    if (!kind) return undefined;
    const parsed = envelopeSchema.safeParse(message);
    if (!parsed.success) {
      log('Rung: dropped a malformed message', parsed.error.issues[0]);
      return { ok: false, error: describeInvalid(parsed.error) };
    }
    const { type, payload } = parsed.data;
    if (!isAllowed(kind, type)) {
      log(`Rung: refused ${type} from a ${kind}`);
      return undefined;
    }
    try {
      const handler = handlers[type] as (p: unknown, c: RequestContext) => Promise<unknown>;
      return { ok: true, data: await handler(payload, { sender, kind }) };
    } catch (error) {
      log(`Rung: ${type} failed`, error);
      const text = isUserFacing(error)
        ? error.message
        : 'Rung could not complete that. Try again; your stored data is unchanged.';
      return { ok: false, error: text };
    }
  };
}
