/**
 * Chrome lets an extension open its side panel only while handling the user's click.
 * A badge click reaches the background as a message; the routed handler runs after
 * awaits (store opening, validation), too late for the gesture. So the listener
 * recognises a side-panel request synchronously and opens the panel at once; the
 * routed handler then only records which customer was asked for.
 */
import type { SenderInfo } from './sender-policy';

export function sidePanelTabFor(message: unknown, sender: SenderInfo, extensionId: string) {
  if (sender.id !== extensionId || sender.tab?.id === undefined) return null;
  const type = (message as { type?: unknown } | null)?.type;
  return type === 'sidepanel.show' ? sender.tab.id : null;
}
