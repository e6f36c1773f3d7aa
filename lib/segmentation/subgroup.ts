/**
 * Profit subgroup within the rung (seed 004): profitable at or above the rung's 67th
 * percentile of profit, unprofitable at or below zero or under the 33rd, middling
 * otherwise. Rungs with too few customers in the account use the absolute fallbacks.
 */
import type { AccountContext } from './account-context';
import type { Analysis } from './analysis';
import { fmt } from './format';
import type { Settings } from './settings';
import type { Reason, Stage, Subgroup } from './types';

export interface SubgroupResult {
  subgroup: Subgroup | null;
  reason: Reason | null;
}

function result(
  profit: number,
  subgroup: Subgroup,
  threshold: number,
  text: string,
): SubgroupResult {
  return {
    subgroup,
    reason: { rule: `subgroup.${subgroup}`, decides: 'subgroup', value: profit, threshold, text },
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
  const s = settings.subgroup;
  const band = ctx?.profitBands[stage];
  const p = fmt(profit);
  if (band) {
    if (profit <= 0) return result(profit, 'unprofitable', 0, `unprofitable: profit ${p} ≤ 0`);
    const of = `of the account's ${band.customers} customers on this rung`;
    if (profit >= band.high) {
      return result(
        profit,
        'profitable',
        band.high,
        `profitable: profit ${p} ≥ ${fmt(band.high)}, the ${s.profitablePercentile}th percentile ${of}`,
      );
    }
    if (profit < band.low) {
      return result(
        profit,
        'unprofitable',
        band.low,
        `unprofitable: profit ${p} < ${fmt(band.low)}, the ${s.unprofitablePercentile}th percentile ${of}`,
      );
    }
    return result(
      profit,
      'middling',
      band.high,
      `middling: profit ${p} between the ${s.unprofitablePercentile}th and ${s.profitablePercentile}th percentiles ${of}`,
    );
  }
  if (profit >= s.fallbackProfitableAtOrAbove) {
    return result(
      profit,
      'profitable',
      s.fallbackProfitableAtOrAbove,
      `profitable: profit ${p} ≥ ${fmt(s.fallbackProfitableAtOrAbove)} (fallback)`,
    );
  }
  if (profit <= s.fallbackUnprofitableAtOrBelow) {
    return result(
      profit,
      'unprofitable',
      s.fallbackUnprofitableAtOrBelow,
      `unprofitable: profit ${p} ≤ ${fmt(s.fallbackUnprofitableAtOrBelow)} (fallback)`,
    );
  }
  return result(
    profit,
    'middling',
    s.fallbackProfitableAtOrAbove,
    `middling: profit ${p} between ${fmt(s.fallbackUnprofitableAtOrBelow)} and ${fmt(s.fallbackProfitableAtOrAbove)} (fallback)`,
  );
}
