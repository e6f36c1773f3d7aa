/**
 * Messages the dashboard and options page need that lib/messages/protocol.ts does not
 * list yet (the lead owns it). Same envelope and reply shape as sendMessage; when the
 * background does not know a type it refuses, and the pages say the feature is not
 * available instead of breaking. Move these into the Protocol map and switch callers to
 * sendMessage once the background answers them. (2026-11-23)
 */
import { browser } from 'wxt/browser';
import type { Reply } from '../../lib/messages/protocol';
import type { ProgressView } from '../../components/options/ReclassifyProgress';
import type { AccountRef, CustomerRow } from '../../components/dashboard/rows';
import type { PreviewMove } from '../../components/options/previewMoves';
import type { CustomDefinition } from '../../lib/adapters/custom-definition';
import type { CsvImportRequest, CsvImportSummary } from '../../components/options/ImportPanel';

export interface PendingProtocol {
  /** Every cached customer with its effective classification, optionally one account only. */
  'customers.list': {
    req: { crm?: string; account?: string };
    res: { accounts: AccountRef[]; rows: CustomerRow[] };
  };
  /** Reclassify the cached customers with unsaved settings and count who would move. */
  'settings.preview': { req: { settings: unknown }; res: { moves: PreviewMove[]; total: number } };
  /** The store's ReclassifyProgress (running, done, total, startedAt). */
  'reclassify.progress': { req: Record<string, never>; res: ProgressView };
  /** Everything Rung stores, as one JSON document for backup. */
  'data.export': { req: Record<string, never>; res: { json: string } };
  /** Restore a backup made by data.export (merges; never deletes). */
  'data.import': { req: { json: string }; res: { customers: number } };
  'data.deleteAll': { req: { confirm: 'delete' }; res: { deleted: true } };
  /** Read a CRM export (CSV) and say what importing it would write, writing nothing. */
  'import.preview': { req: CsvImportRequest; res: CsvImportSummary };
  /** Write it: merge the file's customers into their profiles and reclassify them. */
  'import.commit': { req: CsvImportRequest; res: { customers: number } };
  /** User-taught CRM definitions (lib/adapters/custom-definition.ts), validated again on save. */
  'customCrms.get': { req: Record<string, never>; res: { definitions: CustomDefinition[] } };
  'customCrms.save': { req: { definitions: CustomDefinition[] }; res: { saved: true } };
}

export type PendingType = keyof PendingProtocol;

export async function sendPending<T extends PendingType>(
  type: T,
  payload: PendingProtocol[T]['req'],
): Promise<PendingProtocol[T]['res']> {
  const reply = (await browser.runtime.sendMessage({ type, payload })) as
    Reply<PendingProtocol[T]['res']> | undefined;
  if (!reply) throw new Error('Rung’s background did not answer.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}
