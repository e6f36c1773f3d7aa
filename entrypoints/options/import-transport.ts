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

/** Customers per message, and about how many bytes: far from any message limit. */
export const SEND_CHUNK = 1_000;
export const SEND_BYTES = 2 * 1024 * 1024;

/**
 * Stage the customers in bounded messages, then commit them in one transaction, polling
 * its progress. A cancel while sending drops the staged rows; a cancel while writing aborts
 * the transaction: either way the store is as it was.
 */
export async function sendImport(
  input: ImportToSend,
  onProgress: (phase: 'sending' | 'writing', done: number, total: number) => void,
  cancelled: () => boolean,
): Promise<SendOutcome> {
  const total = input.customers.length;
  const { importId } = await sendMessage('data.importBegin', {
    source: input.source,
    fileName: input.fileName,
    observedAt: input.observedAt,
    total,
  });
  let at = 0;
  while (at < total) {
    if (cancelled()) {
      await sendMessage('data.importCancel', { importId });
      return 'cancelled';
    }
    const chunk = nextChunk(input.customers, at);
    await sendMessage('data.importStage', { importId, customers: chunk });
    at += chunk.length;
    onProgress('sending', at, total);
  }
  let stopped = false;
  const poll = setInterval(() => {
    if (cancelled() && !stopped) {
      stopped = true;
      void sendMessage('data.importCancel', { importId }).catch(() => undefined);
    }
    void sendMessage('data.importProgress', {})
      .then((p) => onProgress('writing', p.done, total))
      .catch(() => undefined);
  }, 250);
  try {
    return await sendMessage('data.importCommit', { importId });
  } catch (error) {
    if (stopped) return 'cancelled';
    throw error;
  } finally {
    clearInterval(poll);
  }
}

/** The customers from `at` that fit one message: up to SEND_CHUNK, about SEND_BYTES. */
function nextChunk(customers: Profile[], at: number): Profile[] {
  let bytes = 0;
  let end = at;
  while (end < customers.length && end - at < SEND_CHUNK) {
    bytes += JSON.stringify(customers[end]).length;
    if (bytes > SEND_BYTES && end > at) break;
    end += 1;
  }
  return customers.slice(at, end);
}
