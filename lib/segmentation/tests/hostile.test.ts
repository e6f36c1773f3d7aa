import { describe, expect, it } from 'vitest';
import { classify, classifyAll } from '../index';
import type { Profile } from '../types';
import { AS_OF, history, profile } from './build';
import { crmFacts, english } from './english';

// Control characters, zero-width characters, bidi overrides: what must never reach a sentence.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u001f\u200b-\u200f\u202a-\u202e\ufeff]/;

const NASTY = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '\u202egnp.exe',
  'a\u200bb\u200cc\u200dd\ufeff',
  'x'.repeat(100_000),
  '\u0000\u0007\u001b[31m',
];

describe('hostile and malformed input never crashes and never leaks markup or control characters', () => {
  it.each(NASTY.map((s) => [s.slice(0, 20), s]))('in CRM fields: %j', (_label, s) => {
    const p = profile({
      name: s,
      crmStage: s,
      leadStatus: s,
      rfmGroup: s,
      tags: [s, 'vip'],
      note: s,
      email: s,
    });
    const c = classify(p, { asOf: AS_OF, facts: crmFacts });
    expect(c.stage).toBe('prospect');
    for (const text of [...c.reasons.map((r) => english(r.say)), ...c.warnings.map(english)]) {
      expect(text).not.toMatch(INVISIBLE);
      expect(text.length).toBeLessThan(300);
    }
  });

  it('in order fields', () => {
    const orders = NASTY.map((s, i) => ({ id: s, placedAt: s, total: i, status: s, currency: s }));
    const c = classify(profile({ orders }), { asOf: AS_OF, facts: crmFacts });
    expect(c.metrics.orderCount).toBe(6); // counted, undated, each in its own "currency"
    for (const w of c.warnings.map(english)) {
      // Sentences are plain text (never HTML); control and bidi characters are removed.
      expect(w).not.toMatch(INVISIBLE);
      expect(w.length).toBeLessThan(300);
    }
  });

  it('survives values of the wrong type from an unvalidated caller', () => {
    const junk = {
      key: { crm: 'x', account: 'y' },
      orders: [null, 5, 'order', { id: 7, placedAt: 20_000, total: '12' }, {}],
      summary: 'lots',
      tickets: -3,
      nps: 99,
      referrals: Number.POSITIVE_INFINITY,
      tags: 'vip',
      openDealAmount: Number.NaN,
      unpaidBalance: -100,
    } as unknown as Profile;
    const c = classify(junk, { asOf: AS_OF, facts: crmFacts });
    expect([c.stage, c.category]).toEqual(['suspect', 'unrated']);
    expect(c.metrics.referrals).toBeNull();
    expect(c.warnings.length).toBeGreaterThan(0);
    expect(() => classifyAll([junk, junk], { asOf: AS_OF, facts: crmFacts })).not.toThrow();
  });

  it('a profile without a key still classifies', () => {
    const c = classifyAll([{} as Profile, profile({ orders: history({ count: 2 }) })], {
      asOf: AS_OF,
      facts: crmFacts,
    });
    expect(c.map((x) => x.stage)).toEqual(['suspect', 'repeat']);
  });

  it('10,000 orders on one profile stay linear', () => {
    const orders = history({ count: 10_000, gap: 0 }).map((o, i) => ({ ...o, id: `o${i}` }));
    const start = performance.now();
    const c = classify(profile({ orders }), { asOf: AS_OF, facts: crmFacts });
    expect(c.metrics.orderCount).toBe(10_000);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
