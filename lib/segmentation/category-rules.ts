/**
 * The category rules of SEGMENTATION.md, one function each. A rule appends the reasons
 * it fired with to `out` and says whether it fired; precedence lives in category.ts.
 */
import type { AccountContext } from './account-context';
import type { Analysis } from './analysis';
import { fmt, pct, plural } from './format';
import type { Settings } from './settings';
import { key1, key2, shared } from './shared-results';
import type { CustomerPrediction, Reason, Stage } from './types';

const reason = (
  rule: string,
  value: Reason['value'],
  threshold: number | string | undefined,
  text: string,
): Reason =>
  threshold === undefined
    ? { rule, decides: 'category', value, text }
    : { rule, decides: 'category', value, threshold, text };

// Sentence makers: module-level so that sharing them needs no closure per customer.
const recencyReason = (s: Settings, days: number) =>
  reason(
    'category.dead.recency',
    days,
    s.dead.daysSinceLastOrder,
    `dead: ${plural(days, 'day')} since the last order > ${s.dead.daysSinceLastOrder}`,
  );
const doNotServeReason = () =>
  reason(
    'category.dead.do-not-serve',
    true,
    undefined,
    'dead: staff tagged the customer do-not-serve',
  );
const ticketsReason = (s: Settings, tickets: number, orders: number) =>
  reason(
    'category.demanding.tickets',
    tickets / orders,
    s.demanding.ticketsPerOrder,
    `demanding: ${plural(tickets, 'ticket')} over ${plural(orders, 'order')} = ${fmt(tickets / orders)} ≥ ${s.demanding.ticketsPerOrder}`,
  );
const lateReason = (s: Settings, late: number) =>
  reason(
    'category.demanding.late',
    late,
    s.demanding.latePayments,
    `demanding: ${plural(late, 'late payment')} ≥ ${s.demanding.latePayments}`,
  );
const devotedRungReason = (_s: Settings, partner: number) => {
  const stage = partner ? 'partner' : 'advocate';
  return reason(
    'category.devoted.advocate',
    stage,
    undefined,
    `devoted: a customer on the ${stage} rung`,
  );
};
const premiumReason = (s: Settings, inWindow: number) =>
  reason(
    'category.devoted.premium',
    inWindow,
    s.devoted.noDiscountWithinDays,
    `devoted: a client whose ${plural(inWindow, 'order')} of the last ${s.devoted.noDiscountWithinDays} days all carry no discount`,
  );

export function deadRule(
  a: Analysis,
  s: Settings,
  prediction: CustomerPrediction | undefined,
  out: Reason[],
): boolean {
  if (!a.hasOrdered) return false;
  const before = out.length;
  const days = a.metrics.daysSinceLastOrder;
  const d = s.dead;
  if (prediction && Number.isFinite(prediction.pAlive)) {
    if (prediction.pAlive < d.pAliveThreshold) {
      out.push(
        reason(
          'category.dead.model',
          prediction.pAlive,
          d.pAliveThreshold,
          `dead: the customer-base model (${prediction.model}) gives a probability of still being active of ${fmt(prediction.pAlive)} < ${d.pAliveThreshold}`,
        ),
      );
    }
  } else if (days !== null && days > d.daysSinceLastOrder) {
    out.push(shared(s, 'category.dead.recency', key1(days), recencyReason, days));
  } else if (days === null && a.crm.lapsed !== null) {
    out.push(
      reason(
        'category.dead.crm',
        a.crm.lapsed,
        undefined,
        `dead: ${a.crm.lapsed}, and no last-order date is known`,
      ),
    );
  }
  const unpaid = a.unpaidBalance;
  if (unpaid !== null && unpaid > 0 && days !== null && days >= d.daysWithUnpaidBalance) {
    out.push(
      reason(
        'category.dead.unpaid',
        days,
        d.daysWithUnpaidBalance,
        `dead: ${fmt(unpaid)} unpaid and no order for ${plural(days, 'day')} ≥ ${d.daysWithUnpaidBalance}`,
      ),
    );
  }
  if (a.crm.doNotServe) {
    out.push(shared(s, 'category.dead.do-not-serve', 0, doNotServeReason));
  }
  return out.length > before;
}

export function demandingRule(a: Analysis, s: Settings, out: Reason[]): boolean {
  if (!a.hasOrdered) return false;
  const before = out.length;
  const m = a.metrics;
  const d = s.demanding;
  const perOrder = m.ticketsPerOrder;
  if (perOrder !== null && perOrder >= d.ticketsPerOrder) {
    const tickets = a.tickets ?? 0;
    const orders = m.orderCount ?? 0;
    out.push(
      shared(
        s,
        'category.demanding.tickets',
        key2(tickets, orders),
        ticketsReason,
        tickets,
        orders,
      ),
    );
  }
  const late = m.latePayments;
  if (late !== null && late >= d.latePayments) {
    out.push(shared(s, 'category.demanding.late', key1(late), lateReason, late));
  }
  const cost = m.supportCost;
  const net = m.netRevenue;
  if (cost !== null && cost > 0 && net !== null) {
    // With no net revenue at all, any support cost is an unbounded share of it.
    const share = net > 0 ? cost / net : Infinity;
    if (share >= d.supportCostShare) {
      const of = net > 0 ? `${pct(share)} of net revenue ${fmt(net)}` : 'with no net revenue';
      out.push(
        reason(
          'category.demanding.support-cost',
          net > 0 ? share : null,
          d.supportCostShare,
          `demanding: support cost ${fmt(cost)} is ${of} ≥ ${pct(d.supportCostShare)}`,
        ),
      );
    }
  }
  return out.length > before;
}

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
  const basis = usePct
    ? `the account's ${d.aovPercentile}th percentile ${fmt(limit)}`
    : `${fmt(limit)} (fallback)`;
  out.push(
    reason(
      'category.discount-seeker',
      m.discountShare,
      d.discountShare,
      `discount seeker: ${pct(m.discountShare)} of orders discounted ≥ ${pct(d.discountShare)}, and average order ${fmt(m.averageOrderValue)} ≤ ${basis}`,
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
    const basis = usePct ? `the account's ${h.percentile}th percentile` : 'fallback';
    if (revLimit !== null && m.netRevenue !== null && m.netRevenue >= revLimit) {
      out.push(
        reason(
          'category.high-potential.revenue',
          m.netRevenue,
          revLimit,
          `high potential: net revenue ${fmt(m.netRevenue)} ≥ ${fmt(revLimit)} (${basis})`,
        ),
      );
    }
    if (bigLimit !== null && m.largestOrder !== null && m.largestOrder >= bigLimit) {
      out.push(
        reason(
          'category.high-potential.largest-order',
          m.largestOrder,
          bigLimit,
          `high potential: largest order ${fmt(m.largestOrder)} ≥ ${fmt(bigLimit)} (${basis})`,
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
        `high potential: an open deal of ${fmt(a.openDeal)} ≥ ${fmt(h.openDealAmount)}`,
      ),
    );
  }
  return out.length > before;
}
