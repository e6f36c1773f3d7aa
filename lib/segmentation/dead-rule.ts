/**
 * Dead (SEGMENTATION.md): has ordered, and more than 365 days since the last order, or
 * an unpaid balance and no order for 180 days. With a model prediction, the probability
 * of still being active (pAlive < 0.1) replaces the day rule; the debt route stays, and
 * staff's do-not-serve tag is a route of its own (see crm-facts.ts).
 */
import type { Analysis } from './analysis';
import { reason } from './category-reason';
import { count, money, num, phrase, say, share, text } from './say';
import type { Settings } from './settings';
import { key1, shared } from './shared-results';
import type { CustomerPrediction, Reason } from './types';

// Sentence makers: module-level so that sharing them needs no closure per customer.
const recencyReason = (s: Settings, days: number) =>
  reason(
    'category.dead.recency',
    days,
    s.dead.daysSinceLastOrder,
    say('why_dead_recency', count(days, 'day'), num(s.dead.daysSinceLastOrder)),
  );
const doNotServeReason = () =>
  reason('category.dead.do-not-serve', true, undefined, say('why_dead_do_not_serve'));

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
          say(
            'why_dead_model',
            text(prediction.model === 'mbgnbd' ? 'MBG/NBD' : 'BG/NBD'),
            share(prediction.pAlive),
            share(d.pAliveThreshold),
          ),
        ),
      );
    }
  } else if (days !== null && days > d.daysSinceLastOrder) {
    out.push(shared(s, 'category.dead.recency', key1(days), recencyReason, days));
  } else if (days === null && a.crm.lapsed !== null) {
    out.push(
      reason(
        'category.dead.crm',
        a.crm.lapsed.value,
        undefined,
        say('why_dead_crm', phrase(a.crm.lapsed.label)),
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
        say(
          'why_dead_unpaid',
          money(unpaid, a.metrics.currency),
          count(days, 'day'),
          num(d.daysWithUnpaidBalance),
        ),
      ),
    );
  }
  if (a.crm.doNotServe) {
    out.push(shared(s, 'category.dead.do-not-serve', 0, doNotServeReason));
  }
  return out.length > before;
}
