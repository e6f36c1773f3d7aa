/**
 * Demanding / vampire (SEGMENTATION.md): has ordered, and tickets per order ≥ 0.5, or
 * late payments ≥ 2, or support cost ≥ 30 % of net revenue.
 */
import type { Analysis } from './analysis';
import { reason } from './category-reason';
import { count, money, num, say, share as shareArg } from './say';
import type { Settings } from './settings';
import { key1, key2, shared } from './shared-results';
import type { Reason } from './types';

// Sentence makers: module-level so that sharing them needs no closure per customer.
const ticketsReason = (s: Settings, tickets: number, orders: number) =>
  reason(
    'category.demanding.tickets',
    tickets / orders,
    s.demanding.ticketsPerOrder,
    say(
      'why_demanding_tickets',
      count(tickets, 'ticket'),
      count(orders, 'order'),
      num(tickets / orders),
      num(s.demanding.ticketsPerOrder),
    ),
  );
const lateReason = (s: Settings, late: number) =>
  reason(
    'category.demanding.late',
    late,
    s.demanding.latePayments,
    say('why_demanding_late', count(late, 'late-payment'), num(s.demanding.latePayments)),
  );

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
      out.push(
        reason(
          'category.demanding.support-cost',
          net > 0 ? share : null,
          d.supportCostShare,
          net > 0
            ? say(
                'why_demanding_support_cost',
                money(cost, m.currency),
                shareArg(share),
                money(net, m.currency),
                shareArg(d.supportCostShare),
              )
            : say(
                'why_demanding_support_cost_no_revenue',
                money(cost, m.currency),
                shareArg(d.supportCostShare),
              ),
        ),
      );
    }
  }
  return out.length > before;
}
