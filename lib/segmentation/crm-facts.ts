/**
 * The facts the rules read about a customer's standing in the CRM, folded from neutral
 * facts (neutral-facts.ts, read by each CRM's vocabulary outside the engine) and from the
 * profile's own CRM-independent fields:
 *
 * - the CRM's facts, in the order the vocabulary gave them: the first `engaged` (or
 *   `purchased` while no orders are known), the first `advocate`, the first `disqualified`
 *   and the first `lapsed` count; `purchased` with no orders known also warns;
 * - an open deal and recorded activity count as engagement after the CRM's own facts;
 * - staff's tags (case, spaces, `_` and `-` ignored, the same in every CRM): `vip`,
 *   `advocate`, `evangelist`, `ambassador` ⇒ advocate; `referral`, `referrer` ⇒ at least one
 *   referral when referrals are unknown; `do-not-serve`, `blocked`, `banned` ⇒ disqualified,
 *   and for a customer who has ordered, a route into the dead category (stop serving);
 * - `disqualified: true` on the profile (staff marked it) ⇒ disqualified, above all else.
 */
import type { Profile } from '../domain/profile';
import type { NeutralFact, FactReader } from './neutral-facts';
import { money, say, text } from './say';
import type { Sentence } from './types';
import { clean, compact } from './untrusted-text';
import { warn, type Warnings } from './warnings';

/** One fact the rules use: the value behind it and how a reason names it. */
export interface Signal {
  value: string | number | boolean;
  label: Sentence;
}

export interface CrmFacts {
  /** Why we think they engaged before buying (first sign found), or null. */
  engagement: Signal | null;
  /** Why they are disqualified, or null. */
  disqualified: Signal | null;
  /** Staff tagged them do-not-serve. */
  doNotServe: boolean;
  /** The CRM or staff call them an advocate (a CRM fact or a tag), or null. */
  crmAdvocate: Signal | null;
  /** Referrals: the recorded count, else 1 from a `referral` tag, else null. */
  referrals: number | null;
  referralsFromTag: boolean;
  /** The CRM says the customer has lapsed, or null. */
  lapsed: Signal | null;
}

const ADVOCATE_TAGS = new Set(['vip', 'advocate', 'evangelist', 'ambassador']);
const REFERRAL_TAGS = new Set(['referral', 'referrer']);
const DO_NOT_SERVE_TAGS = new Set(['donotserve', 'blocked', 'banned']);

const plainFacts = (referrals: number | null): CrmFacts => ({
  engagement: null,
  disqualified: null,
  doNotServe: false,
  crmAdvocate: null,
  referrals,
  referralsFromTag: false,
  lapsed: null,
});

const STAFF_DISQUALIFIED: Signal = Object.freeze({
  value: true,
  label: say('fact_staff_disqualified'),
});
const ACTIVITY_LABEL = say('fact_activity');

const fromSource = (fact: NeutralFact): Signal => ({
  value: fact.source.value,
  label: fact.source.label,
});
const tagSignal = (raw: unknown): Signal => {
  const value = clean(raw);
  return { value, label: say('fact_tag', text(value)) };
};

// Most profiles of a shop carry no CRM state at all: they share one frozen facts object
// per small referral count instead of each allocating their own.
const PLAIN: readonly CrmFacts[] = Array.from({ length: 65 }, (_, i) =>
  Object.freeze(plainFacts(i === 64 ? null : i)),
);

function hasOwnState(p: Profile): boolean {
  return (
    p.openDealAmount !== undefined ||
    p.lastActivityAt !== undefined ||
    p.disqualified !== undefined ||
    (Array.isArray(p.tags) && p.tags.length > 0)
  );
}

function readNeutral(
  facts: CrmFacts,
  neutral: readonly NeutralFact[],
  hasOrdered: boolean,
  warnings: Warnings,
): void {
  for (const fact of neutral) {
    switch (fact.fact) {
      case 'engaged':
        facts.engagement ??= fromSource(fact);
        break;
      case 'purchased':
        if (hasOrdered) break;
        facts.engagement ??= fromSource(fact);
        if (fact.unseen) warn(warnings, fact.unseen);
        break;
      case 'advocate':
        facts.crmAdvocate ??= fromSource(fact);
        break;
      case 'disqualified':
        facts.disqualified ??= fromSource(fact);
        break;
      case 'lapsed':
        facts.lapsed ??= fromSource(fact);
        break;
    }
  }
}

function readTags(facts: CrmFacts, tags: unknown[]): void {
  for (const raw of tags) {
    const tag = compact(raw);
    if (ADVOCATE_TAGS.has(tag)) {
      facts.crmAdvocate ??= tagSignal(raw);
    } else if (REFERRAL_TAGS.has(tag) && facts.referrals === null) {
      facts.referrals = 1;
      facts.referralsFromTag = true;
    } else if (DO_NOT_SERVE_TAGS.has(tag)) {
      facts.doNotServe = true;
      facts.disqualified ??= tagSignal(raw);
    }
  }
}

/** The facts; the returned object may be shared and frozen: never modify it. */
export function readCrmFacts(
  p: Profile,
  hasOrdered: boolean,
  warnings: Warnings,
  reader: FactReader | undefined,
): CrmFacts {
  const referrals =
    typeof p.referrals === 'number' && Number.isFinite(p.referrals) && p.referrals >= 0
      ? p.referrals
      : null;
  const neutral = reader ? reader(p) : null;
  if ((neutral === null || neutral.length === 0) && !hasOwnState(p)) {
    if (referrals === null) return PLAIN[64] as CrmFacts;
    if (Number.isInteger(referrals) && referrals < 64) return PLAIN[referrals] as CrmFacts;
  }
  const facts = plainFacts(referrals);
  if (neutral) readNeutral(facts, neutral, hasOrdered, warnings);

  if (
    typeof p.openDealAmount === 'number' &&
    Number.isFinite(p.openDealAmount) &&
    p.openDealAmount >= 0
  ) {
    // The deal's currency is not on the profile: the amount is shown as a plain number.
    facts.engagement ??= {
      value: p.openDealAmount,
      label: say('fact_open_deal', money(p.openDealAmount, null)),
    };
  }
  if (typeof p.lastActivityAt === 'string' && p.lastActivityAt) {
    facts.engagement ??= { value: clean(p.lastActivityAt), label: ACTIVITY_LABEL };
  }
  if (Array.isArray(p.tags)) readTags(facts, p.tags);
  if (p.disqualified === true) facts.disqualified = STAFF_DISQUALIFIED;
  return facts;
}
