/**
 * The rules about what a customer is worth: discount seeker / rebel (discounted, cheap
 * orders), devoted / tribe (advocates, or clients paying full price), high potential /
 * snow leopard (big spenders low on the ladder, or a big open deal). Percentile
 * thresholds come from the account context; without one (or below 20 customers with
 * orders) the absolute fallbacks of the settings apply.
 */
import type { AccountContext } from './account-context';
import type { Analysis } from './analysis';
import { reason } from './category-reason';
import { count, money, ordinal, say, share } from './say';
import type { Settings } from './settings';
import { key1, shared } from './shared-results';
import type { Reason, Stage } from './types';

// Sentence makers: module-level so that sharing them needs no closure per customer.
const devotedRungReason = (_s: Settings, partner: number) => {
  const stage = partner ? 'partner' : 'advocate';
  return reason(
    'category.devoted.advocate',
    stage,
    undefined,
    say(partner ? 'why_devoted_partner' : 'why_devoted_advocate'),
  );
};
const premiumReason = (s: Settings, inWindow: number) =>
  reason(
    'category.devoted.premium',
    inWindow,
    s.devoted.noDiscountWithinDays,
    say(
      'why_devoted_premium',
      count(inWindow, 'order'),
      count(s.devoted.noDiscountWithinDays, 'day'),
    ),
  );

export function discountSeekerRule(
  a: Analysis,
  s: Settings,
  ctx: AccountContext | null,
  out: Reason[],
): boolean {
  const m = a.metrics;
  const d = s.discountSeeker;
  if (!a.hasOrdered || m.discountShare === null || m.averageOrderValue === null) return false;
  if (m.discountShare < d.discountShare) return false;
  const usePct = ctx?.percentilesApply === true && ctx.aovThreshold !== null;
  const limit = usePct ? (ctx.aovThreshold as number) : d.fallbackAov;
  if (m.averageOrderValue > limit) return false;
  out.push(
    reason(
      'category.discount-seeker',
      m.discountShare,
      d.discountShare,
      usePct
        ? say(
            'why_discount_seeker',
            share(m.discountShare),
            share(d.discountShare),
            money(m.averageOrderValue, m.currency),
            ordinal(d.aovPercentile),
            money(limit, m.currency),
          )
        : say(
            'why_discount_seeker_fallback',
            share(m.discountShare),
            share(d.discountShare),
            money(m.averageOrderValue, m.currency),
            money(limit, m.currency),
          ),
    ),
  );
  return true;
}

export function devotedRule(a: Analysis, stage: Stage, s: Settings, out: Reason[]): boolean {
  if (stage === 'advocate' || stage === 'partner') {
    const rung = stage === 'partner' ? 1 : 0;
    out.push(shared(s, 'category.devoted.advocate', rung, devotedRungReason, rung));
    return true;
  }
  if (stage === 'client' && a.windowAllUndiscounted) {
    const inWindow = a.ordersInWindow;
    out.push(shared(s, 'category.devoted.premium', key1(inWindow), premiumReason, inWindow));
    return true;
  }
  return false;
}

/** "… ≥ limit (the account's 90th percentile)", or "(fallback)" when `percentile` is null. */
const limitSay = (
  key: string,
  value: number,
  limit: number,
  currency: string | null,
  percentile: number | null,
) =>
  percentile === null
    ? say(`${key}_fallback`, money(value, currency), money(limit, currency))
    : say(key, money(value, currency), money(limit, currency), ordinal(percentile));

const HIGH_POTENTIAL_STAGES: ReadonlySet<Stage> = new Set([
  'suspect',
  'prospect',
  'first-time',
  'repeat',
]);

export function highPotentialRule(
  a: Analysis,
  stage: Stage,
  s: Settings,
  ctx: AccountContext | null,
  out: Reason[],
): boolean {
  if (!HIGH_POTENTIAL_STAGES.has(stage)) return false;
  const h = s.highPotential;
  const m = a.metrics;
  const before = out.length;
  if (a.hasOrdered) {
    const usePct = ctx?.percentilesApply === true;
    const revLimit = usePct ? ctx.revenueThreshold : h.fallbackNetRevenue;
    const bigLimit = usePct ? ctx.largestOrderThreshold : h.fallbackLargestOrder;
    const pctRank = usePct ? h.percentile : null;
    if (revLimit !== null && m.netRevenue !== null && m.netRevenue >= revLimit) {
      out.push(
        reason(
          'category.high-potential.revenue',
          m.netRevenue,
          revLimit,
          limitSay('why_high_potential_revenue', m.netRevenue, revLimit, m.currency, pctRank),
        ),
      );
    }
    if (bigLimit !== null && m.largestOrder !== null && m.largestOrder >= bigLimit) {
      out.push(
        reason(
          'category.high-potential.largest-order',
          m.largestOrder,
          bigLimit,
          limitSay('why_high_potential_largest', m.largestOrder, bigLimit, m.currency, pctRank),
        ),
      );
    }
  }
  if (a.openDeal !== null && a.openDeal >= h.openDealAmount) {
    out.push(
      reason(
        'category.high-potential.open-deal',
        a.openDeal,
        h.openDealAmount,
        // The deal's currency is not on the profile (crm-facts.ts): plain amounts, never
        // the orders' currency, which may be another one.
        say('why_high_potential_open_deal', money(a.openDeal, null), money(h.openDealAmount, null)),
      ),
    );
  }
  return out.length > before;
}
