/**
 * Profit subgroup within the rung (seed 004): profitable at or above the rung's 67th
 * percentile of profit, unprofitable at or below zero or under the 33rd, middling
 * otherwise. Rungs with too few customers in the account use the absolute fallbacks.
 *
 * Every customer's sentence carries their own profit, but the rest of it depends only on
 * the band or the settings: those tails are built once and reused.
 */
import type { AccountContext, ProfitBand } from './account-context';
import type { Analysis } from './analysis';
import { fmt } from './format';
import type { Settings } from './settings';
import { money, say } from './say';
import type { RuleId } from './rule-ids';
import { shared } from './shared-results';
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

/** Sentence tails after "<subgroup>: profit <value>". */
interface Tails {
  profitable: string;
  middling: string;
  unprofitable: string;
}

const fallbackTails = (settings: Settings): Tails => {
  const s = settings.subgroup;
  const high = fmt(s.fallbackProfitableAtOrAbove);
  const low = fmt(s.fallbackUnprofitableAtOrBelow);
  return {
    profitable: ` ≥ ${high} (fallback)`,
    middling: ` between ${low} and ${high} (fallback)`,
    unprofitable: ` ≤ ${low} (fallback)`,
  };
};

const bandTailCache = new WeakMap<ProfitBand, Tails>();

function bandTails(band: ProfitBand, settings: Settings): Tails {
  let tails = bandTailCache.get(band);
  if (tails) return tails;
  const s = settings.subgroup;
  const of = `of the account's ${band.customers} customers on this rung`;
  tails = {
    profitable: ` ≥ ${fmt(band.high)}, the ${s.profitablePercentile}th percentile ${of}`,
    middling: ` between the ${s.unprofitablePercentile}th and ${s.profitablePercentile}th percentiles ${of}`,
    unprofitable: ` < ${fmt(band.low)}, the ${s.unprofitablePercentile}th percentile ${of}`,
  };
  bandTailCache.set(band, tails);
  return tails;
}

function result(
  profit: number,
  subgroup: Subgroup,
  threshold: number,
  tail: string,
  why: Sentence,
): SubgroupResult {
  const text = `${subgroup}: profit ${fmt(profit)}${tail}`;
  return {
    subgroup,
    reason: { rule: RULE[subgroup], decides: 'subgroup', value: profit, threshold, text, say: why },
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
    const t = bandTails(band, settings);
    if (profit <= 0) {
      const loss = say('why_subgroup_loss', money(profit, currency));
      return result(profit, 'unprofitable', 0, ' ≤ 0', loss);
    }
    const sub: Subgroup =
      profit >= band.high ? 'profitable' : profit < band.low ? 'unprofitable' : 'middling';
    const threshold = sub === 'unprofitable' ? band.low : band.high;
    return result(profit, sub, threshold, t[sub], bandSay(sub, profit, band, settings, currency));
  }
  const s = settings.subgroup;
  const t = shared(settings, 'subgroup.fallback', 0, fallbackTails);
  const sub: Subgroup =
    profit >= s.fallbackProfitableAtOrAbove
      ? 'profitable'
      : profit <= s.fallbackUnprofitableAtOrBelow
        ? 'unprofitable'
        : 'middling';
  const threshold =
    sub === 'unprofitable' ? s.fallbackUnprofitableAtOrBelow : s.fallbackProfitableAtOrAbove;
  return result(profit, sub, threshold, t[sub], fallbackSay(sub, profit, settings, currency));
}
