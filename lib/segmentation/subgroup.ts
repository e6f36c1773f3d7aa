/**
 * Profit subgroup within the rung (seed 004): profitable at or above the rung's 67th
 * percentile of profit, unprofitable at or below zero or under the 33rd, middling
 * otherwise. Rungs with too few customers in the account use the absolute fallbacks.
 *
 * Every customer's sentence carries their own profit, but the rest of it depends only on
 * the band or the settings: those arguments are built once and reused (subgroup-say.ts).
 */
import type { AccountContext } from './account-context';
import type { Analysis } from './analysis';
import type { Settings } from './settings';
import { money, say } from './say';
import type { RuleId } from './rule-ids';
import { bandSay, fallbackSay } from './subgroup-say';
import type { Reason, Sentence, Stage, Subgroup } from './types';

export interface SubgroupResult {
  subgroup: Subgroup | null;
  reason: Reason | null;
}

const RULE: Record<Subgroup, RuleId> = {
  profitable: 'subgroup.profitable',
  middling: 'subgroup.middling',
  unprofitable: 'subgroup.unprofitable',
};

function result(
  profit: number,
  subgroup: Subgroup,
  threshold: number,
  why: Sentence,
): SubgroupResult {
  return {
    subgroup,
    reason: { rule: RULE[subgroup], decides: 'subgroup', value: profit, threshold, say: why },
  };
}

export function computeSubgroup(
  a: Analysis,
  stage: Stage,
  settings: Settings,
  ctx: AccountContext | null,
): SubgroupResult {
  const profit = a.metrics.profit;
  if (!a.hasOrdered || profit === null) return { subgroup: null, reason: null };
  const currency = a.metrics.currency;
  const band = ctx?.profitBands[stage];
  if (band) {
    if (profit <= 0) {
      const loss = say('why_subgroup_loss', money(profit, currency));
      return result(profit, 'unprofitable', 0, loss);
    }
    const sub: Subgroup =
      profit >= band.high ? 'profitable' : profit < band.low ? 'unprofitable' : 'middling';
    const threshold = sub === 'unprofitable' ? band.low : band.high;
    return result(profit, sub, threshold, bandSay(sub, profit, band, settings, currency));
  }
  const s = settings.subgroup;
  const sub: Subgroup =
    profit >= s.fallbackProfitableAtOrAbove
      ? 'profitable'
      : profit <= s.fallbackUnprofitableAtOrBelow
        ? 'unprofitable'
        : 'middling';
  const threshold =
    sub === 'unprofitable' ? s.fallbackUnprofitableAtOrBelow : s.fallbackProfitableAtOrAbove;
  return result(profit, sub, threshold, fallbackSay(sub, profit, settings, currency));
}
