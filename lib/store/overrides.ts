/**
 * Setting and reverting manual overrides. An override needs a reason and at least a
 * stage or a category; its author comes from the options page's staff name. Reverting
 * is one action: delete the override and show the automatic result again (the change
 * is recorded in history like any other).
 */
import type { Override } from '../domain/records';
import type { BadgeView, OverrideInput } from '../domain/views';
import type { CustomerKey } from '../domain/profile';
import { CATEGORIES, STAGES } from '../segmentation/types';
import { badgeView } from './badge-view';
import { classifyAndRecord } from './classify-record';
import { resolveIds } from './customer-records';
import type { Env } from './env';
import { StoreError } from './errors';
import { normalizeKey } from './keys';
import { instant } from './time';
import type { WriteTx } from './tx';

export function validateOverride(input: OverrideInput, by: string, now: Date): Override {
  const invalid = (why: string) =>
    new StoreError('invalid-override', `This override cannot be saved: ${why}`);
  const reason = input.reason.trim();
  if (!reason) throw invalid('a reason is required.');
  if (input.stage === undefined && input.category === undefined)
    throw invalid('choose a stage or a category.');
  if (input.stage !== undefined && !STAGES.includes(input.stage)) throw invalid('unknown stage.');
  if (input.category !== undefined && !CATEGORIES.includes(input.category))
    throw invalid('unknown category.');
  if (input.mode !== 'pin' && input.mode !== 'floor')
    throw invalid('the mode must be pin or floor.');
  if (input.expiresAt !== undefined) {
    const expires = instant(input.expiresAt);
    if (!Number.isFinite(expires)) throw invalid('the expiry is not a date.');
    if (expires <= now.getTime()) throw invalid('the expiry is in the past.');
  }
  return {
    ...(input.stage !== undefined ? { stage: input.stage } : {}),
    ...(input.category !== undefined ? { category: input.category } : {}),
    reason: reason.slice(0, 1000),
    mode: input.mode,
    by: by || 'staff',
    at: now.toISOString(),
    ...(input.expiresAt !== undefined
      ? { expiresAt: new Date(instant(input.expiresAt)).toISOString() }
      : {}),
  };
}

export async function setOverrideInTx(
  tx: WriteTx,
  override: Override,
  rawKey: CustomerKey,
  env: Env,
): Promise<BadgeView> {
  const [id] = await resolveIds(tx, normalizeKey(rawKey));
  const record = id === undefined ? undefined : await tx.objectStore('profiles').get(id);
  if (id === undefined || !record) throw new StoreError('not-found');
  await tx.objectStore('overrides').put({ id, override });
  const applied = await classifyAndRecord(tx, id, record.profile, record.accountKey, env);
  return badgeView(record.profile.key, applied, env.vocabulary);
}

export async function clearOverrideInTx(
  tx: WriteTx,
  rawKey: CustomerKey,
  env: Env,
): Promise<BadgeView | null> {
  const [id] = await resolveIds(tx, normalizeKey(rawKey));
  const record = id === undefined ? undefined : await tx.objectStore('profiles').get(id);
  if (id === undefined || !record) return null;
  await tx.objectStore('overrides').delete(id);
  const applied = await classifyAndRecord(tx, id, record.profile, record.accountKey, env);
  return badgeView(record.profile.key, applied, env.vocabulary);
}
