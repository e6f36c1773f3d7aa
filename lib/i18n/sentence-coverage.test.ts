/**
 * Every sentence the engine can write is translatable in every language: a corpus of
 * customers that makes every rule of RULE_IDS fire (the engine's own list, which its
 * reason builders are typed against, so it cannot drift from the rules), every next step
 * and every model note; each sentence's keys, down to each plural form of a counted noun,
 * must exist in en, pl, ru and fa, and render there without falling back to English.
 * Warnings about the data read get the same treatment. The reverse holds too: every
 * sentence key in the catalogues is one the engine writes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildAccountContext,
  classify,
  classifyAll,
  defaultSettings,
  fitAccountModel,
  STAGES,
  type Classification,
  type CustomerPrediction,
  type Profile,
  type Sentence,
} from '../segmentation';
import { RULE_IDS } from '../segmentation/rule-ids';
import { modelNoteKey } from '../segmentation/model/predict';
import { unavailableAccountModelSchema } from '../segmentation/model/schema';
import {
  AS_OF,
  clientOrders,
  history,
  isoDaysAgo,
  prediction,
  profile,
} from '../segmentation/tests/build';
import { readNeutralFacts as crmFacts } from '../crms/vocabularies';
import { createFormat } from '../format/format';
import { sentence } from './sentence';
import { catalogTranslate, type MessageCatalog } from './translate';

const LANGUAGES = ['en', 'pl', 'ru', 'fa'] as const;
const catalogs = Object.fromEntries(
  LANGUAGES.map((lang) => [
    lang,
    JSON.parse(
      readFileSync(
        join(import.meta.dirname, '../../public/_locales', lang, 'messages.json'),
        'utf8',
      ),
    ) as MessageCatalog,
  ]),
) as Record<(typeof LANGUAGES)[number], MessageCatalog>;

const model = (pAlive: number) => prediction(pAlive, 'mbgnbd');

const two = (extra = {}) => history({ count: 2, ...extra });

/** One customer per rule and per sentence variant, classified without an account context. */
const alone: [Profile, CustomerPrediction?][] = [
  [profile({})],
  [profile({ crmStage: 'lead' })],
  [profile({ leadStatus: 'New' })],
  [profile({ openDealAmount: 20_000 })],
  [profile({ lastActivityAt: isoDaysAgo(5) })],
  [profile({ rfmGroup: 'PROSPECTS' })],
  [profile({ leadStatus: 'unqualified' })],
  [profile({ tags: ['blocked'] })],
  [profile({ disqualified: true })],
  [profile({ orders: history({ count: 1 }) })],
  [profile({ orders: two({ gap: 200 }) })],
  [profile({ orders: two({ gap: 30 }) })],
  [profile({ summary: { orderCount: 2, totalSpent: 300 } })],
  [profile({ orders: clientOrders({ discount: 0 }) })],
  [profile({ orders: clientOrders(), referrals: 1 })],
  [profile({ orders: clientOrders(), tags: ['referral'] })],
  [profile({ orders: clientOrders(), nps: 10 })],
  [profile({ orders: clientOrders(), tags: ['VIP'] })],
  [profile({ orders: clientOrders(), crmStage: 'evangelist' })],
  [profile({ orders: clientOrders(), referrals: 5 })],
  [profile({ orders: two({ lastDaysAgo: 400 }) })],
  [profile({ orders: two({ lastDaysAgo: 200 }), unpaidBalance: 50 })],
  [profile({ orders: two(), tags: ['Do Not Serve'] })],
  [profile({ summary: { orderCount: 3, totalSpent: 300 }, rfmGroup: 'DORMANT' })],
  [profile({ orders: two() }), model(0.05)],
  [profile({ orders: two(), tickets: 6 })],
  [profile({ orders: two(), latePayments: 3 })],
  [profile({ orders: two({ total: 0 }), tickets: 1 })],
  [profile({ orders: two({ total: 40, discount: 5 }) })],
  [profile({ orders: two({ total: 3000 }) })],
  [profile({ orders: two({ total: 1000 }) })],
];

const row = (id: string, placedAt: string, total: number, extra = {}) => ({
  id,
  placedAt,
  total,
  currency: 'USD',
  ...extra,
});
const rows2 = [row('a', isoDaysAgo(40), 100), row('b', isoDaysAgo(10), 100)];

/** One customer per warning the engine can give about the data it read. */
const flawed: Profile[] = [
  profile({ orders: [...rows2, row('b', isoDaysAgo(10), 100)] }),
  profile({ orders: [...rows2, row('c', isoDaysAgo(-5), 100)] }),
  profile({ orders: [...rows2, row('c', '2025-02-30', 100)] }),
  profile({ orders: [...rows2, row('c', isoDaysAgo(5), -5)] }),
  profile({ orders: [...rows2, row('c', isoDaysAgo(5), Number.NaN)] }),
  profile({ orders: [...rows2, row('c', isoDaysAgo(5), 80, { currency: 'EUR' })] }),
  profile({ orders: [...rows2, row('c', isoDaysAgo(5), 80, { status: 'on the moon' })] }),
  profile({ orders: rows2, summary: { orderCount: 1 } }),
  profile({ orders: rows2, summary: { totalSpent: 100, currency: 'EUR' } }),
  profile({ orders: rows2, summary: { totalSpent: -1 } }),
  profile({ orders: rows2, summary: { orderCount: 2, totalSpent: 50 } }),
  profile({ orders: rows2, summary: { firstOrderAt: isoDaysAgo(20) } }),
  profile({ orders: rows2, summary: { lastOrderAt: isoDaysAgo(30) } }),
  profile({ orders: rows2, summary: { firstOrderAt: 'soon', lastOrderAt: 'later' } }),
  profile({
    orders: rows2,
    summary: { firstOrderAt: isoDaysAgo(-3), lastOrderAt: isoDaysAgo(-2) },
  }),
  profile({ orders: rows2, unpaidBalance: -5 }),
  profile({ crmStage: 'customer' }),
  profile({ rfmGroup: 'CHAMPIONS' }),
];

/** An account with 30 customers who ordered: percentile thresholds and profit bands apply. */
const account: Profile[] = Array.from({ length: 30 }, (_, i) =>
  profile({
    account: 'big',
    orders: two({ total: 50 + i * 40, ...(i < 3 ? { discount: 5 } : {}) }),
    // One customer whose support cost outweighs the margin: a loss on a banded rung.
    ...(i === 10 ? { tickets: 40 } : {}),
  }),
);

function corpus(): Classification[] {
  return [
    ...alone.map(([p, prediction]) => classify(p, { asOf: AS_OF, prediction, facts: crmFacts })),
    ...classifyAll(account, { asOf: AS_OF, facts: crmFacts }),
    ...flawed.map((p) => classify(p, { asOf: AS_OF, facts: crmFacts })),
    // A context built for another account is ignored, with a warning.
    classify(profile({ orders: rows2 }), {
      asOf: AS_OF,
      account: buildAccountContext(account, defaultSettings, AS_OF),
    }),
  ];
}

function sentences(results: Classification[]): Sentence[] {
  const out: Sentence[] = [];
  for (const c of results) {
    for (const r of c.reasons) out.push(r.say);
    if (c.next) out.push(c.next.say);
    out.push(...c.warnings);
  }
  return out;
}

/** Every key a sentence needs: its own, its phrases', and each plural form of its counts. */
function keysOf(say: Sentence, into: Set<string>): Set<string> {
  into.add(say.key);
  for (const arg of say.args) {
    if (arg.kind === 'phrase') keysOf(arg.value, into);
    if (arg.kind === 'count') {
      const unit = arg.unit.replace(/-/g, '_');
      for (const form of ['one', 'few', 'many', 'other']) into.add(`qty_${unit}_${form}`);
    }
    if (arg.kind === 'ordinal') {
      for (const form of ['one', 'two', 'few', 'other']) into.add(`ordinal_${form}`);
    }
  }
  return into;
}

describe('engine sentences in every language', () => {
  const results = corpus();
  const all = sentences(results);
  const fired = new Set(results.flatMap((c) => c.reasons.map((r) => r.rule)));

  it('covers every rule id the engine has', () => {
    expect(RULE_IDS.filter((id) => !fired.has(id))).toEqual([]);
    expect([...fired].filter((id) => !(RULE_IDS as readonly string[]).includes(id))).toEqual([]);
  });

  it('warns about every flawed profile', () => {
    expect(results.filter((c) => c.warnings.length > 0).length).toBeGreaterThan(flawed.length);
  });

  it('gives every reason and every next step a sentence', () => {
    const bare = results.flatMap((c) => c.reasons.filter((r) => !r.say).map((r) => r.rule));
    expect(bare).toEqual([]);
    const stagesWithStep = new Set(results.filter((c) => c.next?.say).map((c) => c.stage));
    expect(STAGES.filter((s) => s !== 'partner' && !stagesWithStep.has(s))).toEqual([]);
  });

  it.each(LANGUAGES)('has every key in %s', (lang) => {
    const needed = new Set<string>();
    for (const say of all) keysOf(say, needed);
    expect([...needed].filter((key) => !catalogs[lang][key])).toEqual([]);
  });

  it.each(LANGUAGES)('renders every sentence in %s without falling back', (lang) => {
    const t = catalogTranslate(catalogs[lang]);
    for (const say of all) {
      const shown = sentence(say, 'FALLBACK', t, createFormat(lang));
      expect(shown, say.key).not.toMatch(/^FALLBACK|\$P\d|qty_|ordinal_|fact_/);
    }
  });

  it('writes every sentence key the catalogues hold (no dead translations)', () => {
    const written = new Set(all.map((say) => say.key));
    for (const say of all) {
      for (const arg of say.args) if (arg.kind === 'phrase') written.add(arg.value.key);
    }
    const held = Object.keys(catalogs.en).filter((key) => /^(why|step|fact|warn)_/.test(key));
    expect(held.filter((key) => !written.has(key))).toEqual([]);
  });

  it('has a note for every reason an account has no model', () => {
    const reasons = unavailableAccountModelSchema.shape.reason.options;
    for (const lang of LANGUAGES) {
      expect(reasons.filter((r) => !catalogs[lang][modelNoteKey(r)])).toEqual([]);
    }
    const tooFew = fitAccountModel([], { asOf: AS_OF, monthlyDiscountRate: 0.01 });
    expect(tooFew.status === 'unavailable' && tooFew.say?.key).toBe(
      'model_note_too_few_repeat_customers',
    );
    const badOptions = fitAccountModel([], { asOf: 'never', monthlyDiscountRate: 0.01 });
    expect(badOptions.status === 'unavailable' && badOptions.say?.key).toBe(
      'model_note_invalid_options',
    );
  });
});
