import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify, classifyAll, LADDER, resolveSettings } from '../index';
import type { Settings, Stage } from '../index';
import { orderArb, profileArb } from './arbitrary';
import { AS_OF } from './build';
import { crmFacts, english } from './english';

/** Height on the ladder; a disqualified prospect stands at the prospect rung. */
const rank = (s: Stage) => (s === 'disqualified' ? 1 : LADDER.indexOf(s));

describe('invariants (fast-check)', () => {
  it('an extra order never lowers the stage', () => {
    fc.assert(
      fc.property(profileArb, orderArb, (p, extra) => {
        const before = classify(p, { asOf: AS_OF, facts: crmFacts }).stage;
        const withOrder = { ...p, orders: [...(p.orders ?? []), { ...extra, id: 'extra-order' }] };
        const after = classify(withOrder, { asOf: AS_OF, facts: crmFacts }).stage;
        expect(rank(after)).toBeGreaterThanOrEqual(rank(before));
      }),
      { numRuns: 500 },
    );
  });

  const stageKeys = [
    'repeatMinOrders',
    'clientMinOrders',
    'clientMinTenureDays',
    'advocateMinReferrals',
    'advocateMinNps',
    'partnerMinReferrals',
  ] as const;

  it('raising a stage threshold never raises a stage', () => {
    fc.assert(
      fc.property(
        profileArb,
        fc.constantFrom(...stageKeys),
        fc.integer({ min: 1, max: 200 }),
        (p, key, by) => {
          const base = resolveSettings(undefined).stage;
          const raised: Settings['stage'] = { ...base, [key]: base[key] + by };
          // Keep the cross-field rules satisfied: the higher rung's threshold follows.
          raised.advocateMinNps = Math.min(raised.advocateMinNps, 10);
          raised.clientMinOrders = Math.max(raised.clientMinOrders, raised.repeatMinOrders);
          raised.partnerMinReferrals = Math.max(
            raised.partnerMinReferrals,
            raised.advocateMinReferrals,
          );
          const before = classify(p, { asOf: AS_OF, facts: crmFacts }).stage;
          const after = classify(p, {
            asOf: AS_OF,
            facts: crmFacts,
            settings: { stage: raised },
          }).stage;
          expect(rank(after)).toBeLessThanOrEqual(rank(before));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('is deterministic for the same asOf, alone and in any order within an account', () => {
    fc.assert(
      fc.property(fc.array(profileArb, { minLength: 1, maxLength: 25 }), (profiles) => {
        const first = classifyAll(profiles, { asOf: AS_OF, facts: crmFacts });
        const again = classifyAll(profiles, { asOf: AS_OF, facts: crmFacts });
        expect(JSON.stringify(again)).toBe(JSON.stringify(first));
        const reversed = classifyAll([...profiles].reverse(), {
          asOf: AS_OF,
          facts: crmFacts,
        }).reverse();
        expect(JSON.stringify(reversed)).toBe(JSON.stringify(first));
        const p = profiles[0];
        if (p)
          expect(JSON.stringify(classify(p, { asOf: AS_OF, facts: crmFacts }))).toBe(
            JSON.stringify(classify(p, { asOf: AS_OF, facts: crmFacts })),
          );
      }),
      { numRuns: 150 },
    );
  });

  it('every classification explains itself and stays within its vocabulary', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const c = classify(p, { asOf: AS_OF, facts: crmFacts });
        expect(c.reasons.some((r) => r.decides === 'stage')).toBe(true);
        expect(c.reasons.some((r) => r.decides === 'category')).toBe(true);
        for (const r of c.reasons) expect(english(r.say).length).toBeGreaterThan(5);
        expect(c.flags).not.toContain(c.category);
        // A subgroup needs orders and a known profit (a bare "last order" date has neither amount).
        expect(c.subgroup === null).toBe(!c.metrics.orderCount || c.metrics.profit === null);
        expect(JSON.parse(JSON.stringify(c))).toEqual(c);
      }),
      { numRuns: 300 },
    );
  });
});
