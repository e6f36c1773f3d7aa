/**
 * What saving a settings change would do to the customers Rung knows, before it is
 * saved: every customer is classified under the candidate settings (with account
 * contexts rebuilt under them) and compared with what is shown now, overrides applied
 * on both sides. Nothing is written: the options page shows "12 repeat → client".
 */
import type { PreviewMove } from '../domain/views';
import type { Profile } from '../domain/profile';
import { applyOverride } from './apply-override';
import { effectiveCustomersInTx } from './effective-all';
import type { Env } from './env';
import type { WriteTx } from './tx';

function countMove(
  moves: Map<string, PreviewMove>,
  field: PreviewMove['field'],
  from: string,
  to: string,
) {
  if (from === to) return;
  const id = `${field}|${from}|${to}`;
  const move = moves.get(id) ?? { field, from, to, count: 0 };
  move.count += 1;
  moves.set(id, move);
}

/** `settings`: the candidate, already validated (the store does it before the transaction). */
export async function previewSettingsInTx(
  tx: WriteTx,
  env: Env,
  settings: unknown,
): Promise<{ moves: PreviewMove[]; total: number }> {
  const customers = await effectiveCustomersInTx(tx, env);
  const byAccount = new Map<string, Profile[]>();
  for (const { record } of customers) {
    const list = byAccount.get(record.accountKey) ?? [];
    list.push(record.profile);
    byAccount.set(record.accountKey, list);
  }
  const contexts = new Map(
    [...byAccount].map(([account, profiles]) => [
      account,
      env.port.buildAccountContext(profiles, settings, env.day),
    ]),
  );
  const moves = new Map<string, PreviewMove>();
  for (const { record, applied } of customers) {
    const automatic = env.port.classify(
      record.profile,
      env.day,
      settings,
      contexts.get(record.accountKey),
    );
    const override = (await tx.objectStore('overrides').get(record.id))?.override ?? null;
    const next = applyOverride(automatic, override, env.now, env.port, settings).effective;
    countMove(moves, 'stage', applied.effective.stage, next.stage);
    countMove(moves, 'category', applied.effective.category, next.category);
  }
  return { moves: [...moves.values()], total: customers.length };
}
