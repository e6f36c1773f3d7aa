/**
 * Who may ask the background what. Only Rung's own pages and its content scripts can
 * reach `runtime.onMessage` at all (no `externally_connectable`), but a content script
 * runs inside a page we do not control, so it gets the narrow set of requests a badge
 * needs, and its page reads must name the account its own tab shows.
 */
import type { MessageType } from '../messages/protocol';

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

const CONTENT_SCRIPT_TYPES: ReadonlySet<MessageType> = new Set([
  'page.observed',
  'badges.lookup',
  'sidepanel.show',
  // The sites content script reads user-taught CRMs with these definitions.
  'customCrms.get',
  // The picker content script saves what the user taught and enables its own site; the
  // background validates the definitions and 'site.enable' refuses another tab's origin.
  'customCrms.save',
  'site.enable',
]);

export type SenderKind = 'extension-page' | 'content-script';

export function classifySender(
  sender: SenderInfo,
  extensionId: string,
  extensionOrigin: string,
): SenderKind | null {
  if (sender.id !== extensionId) return null;
  if (sender.url?.startsWith(extensionOrigin)) return 'extension-page';
  if (sender.tab?.id !== undefined && sender.url) return 'content-script';
  return null;
}

export function isAllowed(kind: SenderKind, type: MessageType): boolean {
  return kind === 'extension-page' || CONTENT_SCRIPT_TYPES.has(type);
}
