/**
 * Category precedence (SEGMENTATION.md, "Category"): dead, demanding, discount seeker,
 * devoted, high potential; the first that matches is the category and every other one
 * that matched becomes a flag. Core and unrated are what is left when none matched.
 * Reasons are appended to the caller's array: the category's first, then each flag's.
 */
import type { AccountContext } from './account-context';
import type { Analysis } from './analysis';
import { deadRule } from './dead-rule';
import { demandingRule } from './demanding-rule';
import { devotedRule, discountSeekerRule, highPotentialRule } from './value-rules';
import type { Settings } from './settings';
import type { RuleId } from './rule-ids';
import { say } from './say';
import { key1, shared } from './shared-results';
import type { Category, CustomerPrediction, Reason, Stage } from './types';

export interface CategoryResult {
  category: Category;
  flags: Category[];
  deadRoute: 'model' | 'rules';
}

const coreReason = (_s: Settings, orders: number): Reason => ({
  rule: 'category.core' satisfies RuleId,
  decides: 'category',
  value: orders,
  say: say('why_core'),
});
const unratedReason = (): Reason => ({
  rule: 'category.unrated' satisfies RuleId,
  decides: 'category',
  value: null,
  say: say('why_unrated'),
});

export function computeCategory(
  a: Analysis,
  stage: Stage,
  settings: Settings,
  ctx: AccountContext | null,
  prediction: CustomerPrediction | undefined,
  reasons: Reason[],
): CategoryResult {
  const deadRoute =
    prediction && a.hasOrdered && Number.isFinite(prediction.pAlive) ? 'model' : 'rules';
  // Precedence order; each rule appends its reasons to `reasons` (no per-rule arrays).
  const matched: Category[] = [];
  if (deadRule(a, settings, prediction, reasons)) matched.push('dead');
  if (demandingRule(a, settings, reasons)) matched.push('demanding');
  if (discountSeekerRule(a, settings, ctx, reasons)) matched.push('discount-seeker');
  if (devotedRule(a, stage, settings, reasons)) matched.push('devoted');
  if (highPotentialRule(a, stage, settings, ctx, reasons)) matched.push('high-potential');
  const first = matched[0];
  if (first !== undefined)
    return { category: first, flags: matched.length > 1 ? matched.slice(1) : [], deadRoute };
  if (a.hasOrdered) {
    const orders = a.metrics.orderCount;
    reasons.push(shared(settings, 'category.core', key1(orders ?? 0), coreReason, orders ?? 0));
    return { category: 'core', flags: [], deadRoute };
  }
  reasons.push(shared(settings, 'category.unrated', 0, unratedReason));
  return { category: 'unrated', flags: [], deadRoute };
}
