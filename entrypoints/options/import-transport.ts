/**
 * The options page's side of an import's messages to the background: what Rung already
 * knows (CRMs and accounts, to choose from) and sending the checked customers.
 */
import type { Profile } from '../../lib/domain/profile';
import { sendMessage } from '../../lib/messages/client';
import type { KnownAccount } from '../../components/options/ImportPanel';

export interface KnownCrms {
  crms: { id: string; label: string }[];
  accounts: KnownAccount[];
}

const BUILT_IN = [
  { id: 'shopify', label: 'Shopify' },
  { id: 'woocommerce', label: 'WooCommerce' },
  { id: 'hubspot', label: 'HubSpot' },
];

/** The built-in CRMs, the ones taught to Rung, and every account Rung holds customers of. */
export async function loadKnownCrms(): Promise<KnownCrms> {
  const [taught, listed] = await Promise.all([
    sendMessage('customCrms.get', {}).catch(() => ({ definitions: [] as unknown[] })),
    // Filtered to no account: only the accounts summary is wanted, not every customer row.
    sendMessage('customers.list', { crm: 'custom:-', account: '-' }).catch(() => ({
      accounts: [],
      rows: [],
    })),
  ]);
  const crms = [...BUILT_IN];
  for (const definition of taught.definitions) {
    const { id, name } = (definition ?? {}) as { id?: unknown; name?: unknown };
    if (typeof id === 'string' && typeof name === 'string')
      crms.push({ id: `custom:${id}`, label: name });
  }
  for (const { crm } of listed.accounts) {
    if (!crms.some((c) => c.id === crm)) crms.push({ id: crm, label: crm });
  }
  return { crms, accounts: listed.accounts.map(({ crm, account }) => ({ crm, account })) };
}

export interface ImportToSend {
  source: string;
  fileName: string;
  observedAt: string;
  customers: Profile[];
}

export type SendOutcome = { written: number; refused: number } | 'cancelled';

/** Customers per message: well under the background's message limits. */
export const SEND_CHUNK = 2_000;

export async function sendImport(
  input: ImportToSend,
  onProgress: (done: number, total: number) => void,
  cancelled: () => boolean,
): Promise<SendOutcome> {
  let written = 0;
  let refused = 0;
  const total = input.customers.length;
  for (let at = 0; at < total; at += SEND_CHUNK) {
    if (cancelled()) return 'cancelled';
    const outcome = await sendMessage('data.importRows', {
      source: input.source,
      fileName: input.fileName,
      customers: input.customers.slice(at, at + SEND_CHUNK),
    });
    written += outcome.written;
    refused += outcome.refused;
    onProgress(Math.min(total, at + SEND_CHUNK), total);
  }
  return { written, refused };
}
