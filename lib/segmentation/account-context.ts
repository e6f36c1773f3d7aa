/**
 * The account-level thresholds the percentile rules need (SEGMENTATION.md: "Percentiles
 * are taken over the account's customers who have ordered, and need at least 20 of
 * them"). Plain JSON, so the store can cache one per account and pass it to `classify`.
 */
import type { FactReader } from './neutral-facts';
import { analyse, type Analysis } from './analysis';
import { asOfToDay, dayToIso } from './dates';
import { percentileOfSorted, quantileTable, sortedFinite } from './percentiles';
import type { Settings } from './settings';
import { resolveSettings, type DeepPartial } from './settings-merge';
import { computeStage } from './stage';
import type { Profile, Stage } from './types';

export interface ProfitBand {
  /** Customers with orders on this rung. */
  customers: number;
  /** Profit at the unprofitable percentile (33rd) and at the profitable one (67th). */
  low: number;
  high: number;
}

export interface AccountContext {
  crm: string;
  account: string;
  asOf: string;
  /** Customers of the account who have ordered (the percentile population). */
  customersWithOrders: number;
  /** Whether there are enough of them; otherwise the rules use the absolute fallbacks. */
  percentilesApply: boolean;
  /** Net revenue at percentiles 0…100 (empty when percentiles do not apply). */
  revenueQuantiles: number[];
  /** Average order value at the discount-seeker percentile (40th), or null. */
  aovThreshold: number | null;
  /** Net revenue and largest order at the high-potential percentile (95th), or null. */
  revenueThreshold: number | null;
  largestOrderThreshold: number | null;
  /** Profit bands per rung that has enough customers with orders. */
  profitBands: Partial<Record<Stage, ProfitBand>>;
}

/**
 * Collects, customer by customer, the few figures an account context needs (as plain
 * number columns, so a pass over 100,000 customers keeps no per-customer objects), then
 * sorts each column once.
 */
export class AccountCollector {
  private readonly revenue: number[] = [];
  private readonly aov: number[] = [];
  private readonly largest: number[] = [];
  private readonly profitByStage = new Map<Stage, number[]>();
  private ordered = 0;

  constructor(
    readonly crm: string,
    readonly account: string,
  ) {}

  add(a: Analysis, stage: Stage): void {
    if (!a.hasOrdered) return;
    const m = a.metrics;
    this.ordered++;
    if (m.netRevenue !== null) this.revenue.push(m.netRevenue);
    if (m.averageOrderValue !== null) this.aov.push(m.averageOrderValue);
    if (m.largestOrder !== null) this.largest.push(m.largestOrder);
    if (m.profit !== null) {
      const list = this.profitByStage.get(stage);
      if (list) list.push(m.profit);
      else this.profitByStage.set(stage, [m.profit]);
    }
  }

  toContext(settings: Settings, asOfDay: number): AccountContext {
    const n = this.ordered;
    const min = settings.percentiles.minCustomers;
    const ctx: AccountContext = {
      crm: this.crm,
      account: this.account,
      asOf: dayToIso(asOfDay),
      customersWithOrders: n,
      percentilesApply: n >= min,
      revenueQuantiles: [],
      aovThreshold: null,
      revenueThreshold: null,
      largestOrderThreshold: null,
      profitBands: {},
    };
    if (n >= min) {
      const revenue = sortedFinite(this.revenue);
      const aov = sortedFinite(this.aov);
      const largest = sortedFinite(this.largest);
      const hp = settings.highPotential.percentile;
      ctx.revenueQuantiles = quantileTable(revenue, revenue.length);
      ctx.aovThreshold = orNull(
        percentileOfSorted(aov, aov.length, settings.discountSeeker.aovPercentile),
      );
      ctx.revenueThreshold = orNull(percentileOfSorted(revenue, revenue.length, hp));
      ctx.largestOrderThreshold = orNull(percentileOfSorted(largest, largest.length, hp));
    }
    for (const [stage, profits] of this.profitByStage) {
      const sorted = sortedFinite(profits);
      if (sorted.length < min) continue;
      ctx.profitBands[stage] = {
        customers: sorted.length,
        low: percentileOfSorted(sorted, sorted.length, settings.subgroup.unprofitablePercentile),
        high: percentileOfSorted(sorted, sorted.length, settings.subgroup.profitablePercentile),
      };
    }
    return ctx;
  }
}

const orNull = (v: number) => (Number.isFinite(v) ? v : null);

/**
 * The context for one account from its profiles (all assumed to share crm + account;
 * the first profile names it). For several accounts at once use `classifyAll`.
 */
export function buildAccountContext(
  profiles: readonly Profile[],
  settings: DeepPartial<Settings> | Settings | undefined,
  asOf: string | Date,
  facts?: FactReader,
): AccountContext {
  const s = resolveSettings(settings);
  const day = asOfToDay(asOf);
  const key = profiles[0]?.key;
  const collector = new AccountCollector(key?.crm ?? '', key?.account ?? '');
  for (const p of profiles) {
    const analysis = analyse(p, s, day, facts);
    collector.add(analysis, computeStage(analysis, s).stage);
  }
  return collector.toContext(s, day);
}
