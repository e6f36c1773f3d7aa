/**
 * Runs inside a plain 127.0.0.1 page in headless Chromium (bundled by ./bundle.ts): a
 * Shopify orders export of N customers with M orders each, read by the options page's
 * preview, written by the import's one-transaction commit, then backed up and restored,
 * each beside a bare-IndexedDB peer doing the same writes (the floor of this machine).
 */
import { openRungStore } from '../../../lib/store';
import { parseBackup } from '../../../lib/store/export/restore';
import { commitWholeImport } from '../../../lib/store/import/import-job';
import { previewImport } from '../../../lib/store/import/preview';

export interface ImportFigures {
  csvBytes: number;
  previewMs: number;
  customers: number;
  orders: number;
  commitMs: number;
  written: number;
  peerPutMs: number;
  backupMs: number;
  backupBytes: number;
  backupCustomers: number;
  restoreMs: number;
  restored: number;
  peerRestoreMs: number;
  /** Whether the restore path for files (size limit, JSON checks) accepts this backup. */
  restoreFileAccepted: boolean;
  restoreFileMessage: string;
}

const STATUSES = ['paid', 'paid', 'paid', 'pending', 'refunded', 'partially_refunded', 'voided'];

function ordersCsv(customers: number, perCustomer: number): Blob {
  const parts = ['Name,Email,Financial Status,Currency,Total,Created at,Id\n'];
  let n = 0;
  for (let c = 0; c < customers; c++) {
    for (let o = 0; o < perCustomer; o++) {
      const day = String(1 + ((c + o * 3) % 28)).padStart(2, '0');
      const month = String(1 + ((c * 7 + o) % 12)).padStart(2, '0');
      parts.push(
        `#${100000 + n},customer${c}@bench.example,${STATUSES[(c + o) % STATUSES.length]},USD,${20 + ((c * 31 + o * 17) % 480)}.99,2025-${month}-${day} 10:00:00 +0000,${7000000000 + n}\n`,
      );
      n += 1;
    }
  }
  return new Blob(parts, { type: 'text/csv' });
}

export async function run(customers: number, perCustomer: number): Promise<ImportFigures> {
  const now = new Date('2026-03-01T12:00:00Z');
  const store = await openRungStore({ dbName: `rung-bench-import-${Date.now()}` });
  const file = ordersCsv(customers, perCustomer);

  let started = performance.now();
  const preview = await previewImport(
    file,
    { account: 'bench-shop', fileName: 'orders_export_1.csv' },
    now,
  );
  const previewMs = performance.now() - started;

  started = performance.now();
  const outcome = await commitWholeImport(
    store,
    { source: preview.source!, fileName: 'orders_export_1.csv', customers: preview.customers },
    now,
  );
  const commitMs = performance.now() - started;
  const peerPutMs = await peerPut(preview.customers);

  started = performance.now();
  const backup = await store.backup(now);
  const json = JSON.stringify(backup);
  const backupMs = performance.now() - started;

  let restoreFileAccepted = true;
  let restoreFileMessage = '';
  try {
    await parseBackup(json);
  } catch (error) {
    restoreFileAccepted = false;
    restoreFileMessage = (error as Error).message;
  }
  started = performance.now();
  const restored = await store.restore(backup, now);
  const restoreMs = performance.now() - started;
  const peerRestoreMs = await peerPut(backup.customers);
  await store.deleteAll();
  return {
    csvBytes: file.size,
    previewMs,
    customers: preview.customers.length,
    orders: preview.orders,
    commitMs,
    written: outcome.written,
    peerPutMs,
    backupMs,
    backupBytes: json.length,
    backupCustomers: backup.customers.length,
    restoreMs,
    restored: restored.customers,
    peerRestoreMs,
    restoreFileAccepted,
    restoreFileMessage,
  };
}

/** The floor: the same records put in one transaction of a bare database. */
async function peerPut(records: readonly unknown[]): Promise<number> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(`rung-bench-peer-${Date.now()}-${Math.random()}`, 1);
    request.onupgradeneeded = () => request.result.createObjectStore('rows');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('rows', 'readwrite');
    const rows = tx.objectStore('rows');
    records.forEach((record, n) => rows.put(record, n));
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  const elapsed = performance.now() - started;
  db.close();
  return elapsed;
}
