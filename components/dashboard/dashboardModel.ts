/**
 * The dashboard's figures as pure functions of the rows: customers per rung (the
 * funnel), the stage × category matrix, and revenue and profit per category with each
 * category's share, which answers "does the small devoted group bring most profit?".
 */
import { CATEGORIES, LADDER, type Category, type Stage } from '../../lib/segmentation/types';
import type { CustomerRow } from './rows';

/** The ladder's rungs plus disqualified, lowest first: the funnel's rows. */
export const FUNNEL_STAGES: readonly Stage[] = [
  ...LADDER.slice(0, 2),
  'disqualified',
  ...LADDER.slice(2),
];

export function funnel(rows: readonly CustomerRow[]): { stage: Stage; count: number }[] {
  const counts = new Map<Stage, number>();
  for (const row of rows) counts.set(row.stage, (counts.get(row.stage) ?? 0) + 1);
  return FUNNEL_STAGES.map((stage) => ({ stage, count: counts.get(stage) ?? 0 }));
}

export function matrix(rows: readonly CustomerRow[]): Record<Stage, Record<Category, number>> {
  const empty = () => Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  const result = Object.fromEntries(FUNNEL_STAGES.map((s) => [s, empty()])) as Record<
    Stage,
    Record<Category, number>
  >;
  for (const row of rows) result[row.stage][row.category] += 1;
  return result;
}

export interface CategoryMoney {
  category: Category;
  customers: number;
  customerShare: number;
  revenue: number;
  revenueShare: number;
  profit: number;
  /** Share of the positive profit total; unprofitable groups show 0, not a negative share. */
  profitShare: number;
}

const finite = (value: number | null) => (value !== null && Number.isFinite(value) ? value : 0);

export function moneyByCategory(rows: readonly CustomerRow[]): CategoryMoney[] {
  const sums = new Map<Category, { customers: number; revenue: number; profit: number }>();
  for (const row of rows) {
    const sum = sums.get(row.category) ?? { customers: 0, revenue: 0, profit: 0 };
    sum.customers += 1;
    sum.revenue += finite(row.netRevenue);
    sum.profit += finite(row.profit);
    sums.set(row.category, sum);
  }
  const totals = [...sums.values()].reduce(
    (t, s) => ({
      customers: t.customers + s.customers,
      revenue: t.revenue + Math.max(0, s.revenue),
      profit: t.profit + Math.max(0, s.profit),
    }),
    { customers: 0, revenue: 0, profit: 0 },
  );
  const share = (part: number, whole: number) => (whole > 0 ? Math.max(0, part) / whole : 0);
  return CATEGORIES.map((category) => {
    const sum = sums.get(category) ?? { customers: 0, revenue: 0, profit: 0 };
    return {
      category,
      customers: sum.customers,
      customerShare: share(sum.customers, totals.customers),
      revenue: sum.revenue,
      revenueShare: share(sum.revenue, totals.revenue),
      profit: sum.profit,
      profitShare: share(sum.profit, totals.profit),
    };
  });
}
