/**
 * A confirmed import written in one transaction (a cancel or a failure aborts it and the
 * store is as it was), at the cost of a few requests per customer:
 * 1. merge, step by step (`BULK_STEP` customers): the step's aliases read together, the
 *    stored customers they name read together, every row merged in memory exactly as a
 *    page read merges it (merge.ts, the file's as-of date as the evidence's time, so an
 *    older export only fills gaps), then the step's profiles, evidence and new aliases
 *    written together. Nothing is classified yet.
 * 2. the few rows that need the page read's careful path (a row that joins two stored
 *    customers, a WooCommerce order held by a provisional customer) go through it.
 * 3. classify once: each touched account's context is built once over all of its
 *    customers, then every customer of the account classified against it, its cached
 *    result and history written. Classifying while merging would refit the percentiles
 *    each time the account grew by a tenth and classify customers again on every step.
 */
import { isProvisionalKey } from '../../crms/woocommerce/provisional';
import { profileSchema, type Profile } from '../../domain/profile';
import { buildRecord } from '../account-context';
import type { ImportInput, ImportOutcome } from '../api';
import { appliedRecords, lastShownOf } from '../classify-record';
import { customerRecords, mergedFromRecords, resolveIds } from '../customer-records';
import type { Env } from '../env';
import { StoreError } from '../errors';
import { aliasesOf, normalizeKey } from '../keys';
import { mergeCustomer, type Source } from '../merge';
import { observeProfilesInTx } from '../observe';
import { orderAlias } from '../provisional-orders';
import {
  accountKeyOf,
  type AliasRecord,
  type ClassificationRecord,
  type EvidenceRecord,
  type HistoryRecord,
  type OverrideRecord,
  type ProfileRecord,
} from '../schema';
import type { WriteTx } from '../tx';
import { getMany, putMany, rawStore } from './bulk-requests';
import { withoutOutweighedCount } from './summary-reconcile';

/** Customers per step: between two checks of the cancel flag and two progress reports. */
export const BULK_STEP = 2_000;
/** Rows on the careful path per page-read-sized call. */
const CAREFUL_STEP = 500;

export interface BulkProgress {
  /** Customers merged so far. */
  merged(done: number): void;
  cancelled(): boolean;
  cancelMessage: string;
}

interface Written {
  profile: ProfileRecord;
  evidence: EvidenceRecord;
}

/** What the steps share: the customers written so far and which of them are new. */
interface ImportState {
  source: Source;
  written: Map<string, Written>;
  created: Set<string>;
  careful: Profile[];
  /** Aliases of careful rows: a later row naming one of them follows it there. */
  carefulAliases: Set<string>;
  /** Aliases this import wrote, and the id each names. */
  aliases: Map<string, string>;
  /**
   * Accounts that held no customer before the import: nothing stored can answer for
   * them (an alias names a stored profile), so their rows are resolved in memory only.
   */
  newAccounts: Set<string>;
}

/**
 * Only WooCommerce list rows can be provisional (a buyer known by name alone): only there
 * does the store need to know which customer holds each order (provisional-orders.ts).
 */
const tracksOrderOwners = (row: Profile) => row.key.crm === 'woocommerce';

export async function importWholeInTx(
  tx: WriteTx,
  input: ImportInput,
  env: Env,
  progress: BulkProgress,
): Promise<ImportOutcome> {
  const rows = validRows(input.customers);
  const state: ImportState = {
    source: {
      page: `import:${input.source}`,
      url: `file:${input.fileName.slice(0, 200)}`,
      seenAt: input.observedAt ?? env.now.toISOString(),
    },
    written: new Map(),
    created: new Set(),
    careful: [],
    carefulAliases: new Set(),
    aliases: new Map(),
    newAccounts: new Set(),
  };
  const accounts = [...new Set(rows.map((row) => accountKeyOf(row.key)))];
  const storedBefore = await Promise.all(
    accounts.map((account) => tx.objectStore('profiles').index('byAccount').count(account)),
  );
  accounts.forEach((account, i) => {
    if (storedBefore[i] === 0) state.newAccounts.add(account);
  });
  for (let at = 0; at < rows.length; at += BULK_STEP) {
    if (progress.cancelled()) throw new StoreError('aborted', progress.cancelMessage);
    await mergeStep(tx, rows.slice(at, at + BULK_STEP), state);
    progress.merged(Math.min(rows.length, at + BULK_STEP));
  }
  for (let at = 0; at < state.careful.length; at += CAREFUL_STEP) {
    if (progress.cancelled()) throw new StoreError('aborted', progress.cancelMessage);
    const step = state.careful.slice(at, at + CAREFUL_STEP);
    await observeProfilesInTx(tx, step, state.source, undefined, env, 'now');
    // The careful path classified and recorded these: they are no longer new.
    for (const row of step)
      for (const id of await resolveIds(tx, row.key)) state.created.delete(id);
  }
  for (const [i, account] of accounts.entries()) {
    // An account new with this file holds exactly what was written; any other is read
    // back (its other customers count in its percentiles, and are classified again).
    const readBack = storedBefore[i]! > 0 || state.careful.length > 0;
    const records = readBack
      ? await tx.objectStore('profiles').index('byAccount').getAll(account)
      : [...state.written.values()]
          .map((w) => w.profile)
          .filter((record) => record.accountKey === account);
    await classifyAccount(tx, account, records, state.created, env, progress);
  }
  return { written: rows.length, refused: input.customers.length - rows.length };
}

/** Rows the profile schema accepts and that name somebody (an id or an e-mail). */
function validRows(customers: readonly unknown[]): Profile[] {
  const rows: Profile[] = [];
  for (const raw of customers) {
    const parsed = profileSchema.safeParse(raw);
    if (!parsed.success) continue;
    const key = normalizeKey(parsed.data.key, parsed.data.email);
    if (aliasesOf(key).length > 0) rows.push({ ...parsed.data, key });
  }
  return rows;
}

async function mergeStep(tx: WriteTx, rows: Profile[], state: ImportState): Promise<void> {
  const aliasStore = rawStore(tx, 'aliases');
  const rowAliases = rows.map((row) => aliasesOf(row.key));
  const orderAliases = rows.map((row) =>
    tracksOrderOwners(row) ? (row.orders ?? []).map((o) => orderAlias(row.key, o.id)) : [],
  );
  const stored = new Map<string, string>();
  const unique = new Set<string>();
  rows.forEach((row, i) => {
    for (const alias of [...rowAliases[i]!, ...orderAliases[i]!]) {
      const written = state.aliases.get(alias);
      if (written !== undefined) stored.set(alias, written);
      else if (!state.newAccounts.has(accountKeyOf(row.key))) unique.add(alias);
    }
  });
  const asked = [...unique];
  const found = await getMany<AliasRecord | undefined>(aliasStore, asked);
  found.forEach((record, i) => {
    if (record) stored.set(asked[i]!, record.id);
  });

  // Resolve every row in file order, as a page read resolves its rows.
  const resolved = new Map(stored);
  const plain: { row: Profile; id: string; aliases: string[]; orders: string[] }[] = [];
  rows.forEach((row, i) => {
    const aliases = rowAliases[i]!;
    const ids = [...new Set(aliases.flatMap((a) => resolved.get(a) ?? []))];
    const id = ids[0] ?? aliases[0]!;
    const provisional = isProvisionalKey(row.key);
    const orderHeldElsewhere = orderAliases[i]!.some((alias) => {
      const owner = stored.get(alias);
      return owner !== undefined && (provisional || owner !== id);
    });
    if (ids.length > 1 || orderHeldElsewhere || aliases.some((a) => state.carefulAliases.has(a))) {
      state.careful.push(row);
      for (const alias of aliases) state.carefulAliases.add(alias);
      return;
    }
    for (const alias of aliases) resolved.set(alias, id);
    plain.push({ row, id, aliases, orders: orderAliases[i]! });
  });

  const toLoad = [...new Set(plain.map((p) => p.id))].filter((id) => !state.written.has(id));
  const inNewAccount = new Set(
    plain.filter((p) => state.newAccounts.has(accountKeyOf(p.row.key))).map((p) => p.id),
  );
  const lookUp = toLoad.filter((id) => !inNewAccount.has(id));
  const [storedProfiles, storedEvidence] = await Promise.all([
    getMany<ProfileRecord | undefined>(rawStore(tx, 'profiles'), lookUp),
    getMany<EvidenceRecord | undefined>(rawStore(tx, 'evidence'), lookUp),
  ]);
  const profileOf = new Map(lookUp.map((id, i) => [id, storedProfiles[i]]));
  const evidenceOf = new Map(lookUp.map((id, i) => [id, storedEvidence[i]]));
  const current = new Map<string, Written | undefined>();
  toLoad.forEach((id) => {
    const profile = profileOf.get(id);
    current.set(
      id,
      profile ? { profile, evidence: evidenceOf.get(id) ?? emptyEvidence(id) } : undefined,
    );
    if (!profile) state.created.add(id);
  });

  const newAliases: AliasRecord[] = [];
  const changed = new Map<string, Written>();
  for (const { row, id, aliases, orders } of plain) {
    const before = changed.get(id) ?? state.written.get(id) ?? current.get(id);
    let merged = mergeCustomer(
      mergedFromRecords(before?.profile, before?.evidence),
      row,
      state.source,
    );
    if (row.orders?.length) merged = { ...merged, profile: withoutOutweighedCount(merged.profile) };
    changed.set(
      id,
      customerRecords(id, merged, before?.profile.diagnostics ?? [], state.source.seenAt),
    );
    for (const alias of new Set([...aliasesOf(merged.profile.key), ...aliases, ...orders])) {
      if (stored.get(alias) === id) continue;
      stored.set(alias, id);
      state.aliases.set(alias, id);
      newAliases.push({ alias, id });
    }
  }
  const values = [...changed.values()];
  await Promise.all([
    putMany(
      rawStore(tx, 'profiles'),
      values.map((w) => w.profile),
    ),
    putMany(
      rawStore(tx, 'evidence'),
      values.map((w) => w.evidence),
    ),
    putMany(aliasStore, newAliases),
  ]);
  for (const [id, w] of changed) state.written.set(id, w);
}

const emptyEvidence = (id: string): EvidenceRecord => ({ id, fields: [], orders: [] });

/**
 * Build the account's context once over `records` (all of its customers), then classify
 * each of them against it, recording the result and any change of the shown stage or
 * category, as a page read records it (classify-record.ts).
 */
async function classifyAccount(
  tx: WriteTx,
  account: string,
  records: ProfileRecord[],
  created: ReadonlySet<string>,
  env: Env,
  progress: BulkProgress,
): Promise<void> {
  const built = buildRecord(
    account,
    records.map((r) => r.profile),
    env,
  );
  env.contexts.set(account, built.context);
  await tx.objectStore('accounts').put(built);
  for (let at = 0; at < records.length; at += BULK_STEP) {
    const step = records.slice(at, at + BULK_STEP);
    const known = step.filter((r) => !created.has(r.id)).map((r) => r.id);
    const [overrides, previous] = await Promise.all([
      getMany<OverrideRecord | undefined>(rawStore(tx, 'overrides'), known),
      getMany<ClassificationRecord | undefined>(rawStore(tx, 'classifications'), known),
    ]);
    const overrideOf = new Map(known.map((id, i) => [id, overrides[i]?.override ?? null]));
    const previousOf = new Map(known.map((id, i) => [id, previous[i]]));
    // Without a cached result the last shown values come from the history.
    const unshown = known.filter((id) => !previousOf.get(id));
    const histories = await getMany<HistoryRecord[]>(
      rawStore(tx, 'history').index('byCustomer'),
      unshown,
      true,
    );
    const historyOf = new Map(unshown.map((id, i) => [id, histories[i] ?? []]));
    if (progress.cancelled()) throw new StoreError('aborted', progress.cancelMessage);
    const classifications: ClassificationRecord[] = [];
    const history: HistoryRecord[] = [];
    for (const record of step) {
      const automatic = env.port.classify(record.profile, env.day, env.settings, built.context);
      const before = previousOf.get(record.id);
      const shown = before
        ? { stage: before.shownStage, category: before.shownCategory }
        : created.has(record.id)
          ? { stage: null, category: null }
          : lastShownOf(historyOf.get(record.id) ?? []);
      const result = appliedRecords(
        record.id,
        automatic,
        overrideOf.get(record.id) ?? null,
        shown,
        env,
      );
      classifications.push(result.classification);
      history.push(...result.history);
    }
    await Promise.all([
      putMany(rawStore(tx, 'history'), history, 'add'),
      putMany(rawStore(tx, 'classifications'), classifications),
    ]);
  }
}
