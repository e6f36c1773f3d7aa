/**
 * Reclassifying every customer (after a settings change, or on demand) as a resumable
 * job. MV3 stops idle service workers, so the job's state lives in the `meta` store and
 * each chunk of ~200 customers is one transaction that also advances the cursor: a
 * worker stopped halfway loses at most the chunk in flight, and `resume` continues after
 * the last committed customer. Between chunks we yield to the event loop so messages
 * (badge look-ups) keep being answered.
 */
import type { ReclassifyProgress } from './api';
import { ensureAccountContext } from './account-context';
import { classifyAndRecord } from './classify-record';
import type { RungDatabase } from './db';
import type { Env } from './env';
import type { StoreName } from './schema';
import { inTransaction } from './tx';

export const JOB_ID = 'job:reclassify';
export const CHUNK_SIZE = 200;

export interface ReclassifyJob {
  id: typeof JOB_ID;
  settingsRevision: number;
  /** The last canonical id done (ids are processed in key order); null before the first chunk. */
  cursor: string | null;
  done: number;
  total: number;
  startedAt: string;
  contextsBuilt: boolean;
}

export async function readJob(db: RungDatabase): Promise<ReclassifyJob | null> {
  const record = await db.get('meta', JOB_ID);
  return (record?.value as ReclassifyJob | undefined) ?? null;
}

export function progressOf(job: ReclassifyJob | null): ReclassifyProgress {
  if (!job) return { running: false, done: 0, total: 0, startedAt: null };
  return { running: true, done: job.done, total: job.total, startedAt: job.startedAt };
}

/** Start a job for the env's settings revision, or pick up the one already stored. */
export async function startOrResume(db: RungDatabase, env: Env): Promise<ReclassifyJob> {
  const existing = await readJob(db);
  if (existing && existing.settingsRevision === env.revision) return existing;
  const job: ReclassifyJob = {
    id: JOB_ID,
    settingsRevision: env.revision,
    cursor: null,
    done: 0,
    total: await db.count('profiles'),
    startedAt: env.now.toISOString(),
    contextsBuilt: false,
  };
  await db.put('meta', { id: JOB_ID, value: job });
  return job;
}

export async function runJob(
  db: RungDatabase,
  initial: ReclassifyJob,
  env: Env,
  onProgress?: (p: ReclassifyProgress) => void,
  chunkSize = CHUNK_SIZE,
): Promise<void> {
  let job = initial;
  if (!job.contextsBuilt) job = await rebuildContexts(db, job, env);
  onProgress?.(progressOf(job));
  for (;;) {
    const next = await runChunk(db, job, env, chunkSize);
    if (!next) break;
    job = next;
    onProgress?.(progressOf(job));
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  onProgress?.({ ...progressOf(job), running: false });
}

async function rebuildContexts(
  db: RungDatabase,
  job: ReclassifyJob,
  env: Env,
): Promise<ReclassifyJob> {
  const accounts = new Set<string>();
  return inTransaction(db, ['profiles', 'accounts', 'meta'], async (tx) => {
    let cursor = await tx
      .objectStore('profiles')
      .index('byAccount')
      .openKeyCursor(null, 'nextunique');
    while (cursor) {
      accounts.add(cursor.key);
      cursor = await cursor.continue();
    }
    for (const account of accounts) await ensureAccountContext(tx, account, env, 'now', true);
    const next = { ...job, contextsBuilt: true };
    await tx.objectStore('meta').put({ id: JOB_ID, value: next });
    return next;
  });
}

const CHUNK_STORES: StoreName[] = [
  'profiles',
  'classifications',
  'overrides',
  'history',
  'accounts',
  'meta',
];

/** One chunk in one transaction; returns the advanced job, or null when none was left. */
async function runChunk(
  db: RungDatabase,
  job: ReclassifyJob,
  env: Env,
  chunkSize: number,
): Promise<ReclassifyJob | null> {
  return inTransaction(db, CHUNK_STORES, async (tx) => {
    const range = job.cursor === null ? null : IDBKeyRange.lowerBound(job.cursor, true);
    const records = await tx.objectStore('profiles').getAll(range, chunkSize);
    if (records.length === 0) {
      await tx.objectStore('meta').delete(JOB_ID);
      return null;
    }
    await Promise.all(
      records.map((r) => classifyAndRecord(tx, r.id, r.profile, r.accountKey, env)),
    );
    const next: ReclassifyJob = {
      ...job,
      cursor: records[records.length - 1]!.id,
      done: job.done + records.length,
      total: Math.max(job.total, job.done + records.length),
    };
    await tx.objectStore('meta').put({ id: JOB_ID, value: next });
    return next;
  });
}
