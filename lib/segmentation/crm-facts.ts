/**
 * The CRMs' own states, mapped to the facts the rules read (documented in README.md):
 *
 * - HubSpot lifecycle stage (`crmStage`): `subscriber` and `other` say nothing beyond
 *   "known"; `lead`, `marketingqualifiedlead`, `salesqualifiedlead`, `opportunity`,
 *   `customer` and any custom stage count as engagement (→ prospect before any order);
 *   `evangelist` (or `advocate`) is engagement and also "the CRM says advocate".
 * - HubSpot lead status (`leadStatus`): `unqualified` ⇒ disqualified; any other value is
 *   engagement.
 * - Shopify RFM group (`rfmGroup`): `PROSPECTS` is engagement; `DORMANT` marks the customer
 *   as lapsed, used by the dead rule only when no last-order date is known; the other
 *   groups imply purchases, so without order facts they count as engagement (+ warning).
 * - Tags (case, spaces, `_` and `-` ignored): `vip`, `advocate`, `evangelist`, `ambassador`
 *   ⇒ "the CRM says advocate"; `referral`, `referrer` ⇒ at least one referral when
 *   referrals are unknown; `do-not-serve`, `blocked`, `banned` ⇒ disqualified, and for a
 *   customer who has ordered, an extra route into the dead category (stop serving).
 */
import type { Profile } from '../domain/profile';
import { money, say, text } from './say';
import type { Sentence } from './types';
import { clean, quote } from './untrusted-text';
import { warn, type Warnings } from './warnings';

export interface CrmFacts {
  /** Why we think they engaged before buying (first sign found), or null. */
  engagement: string | null;
  /** Why they are disqualified, or null. */
  disqualified: string | null;
  /** Staff tagged them do-not-serve. */
  doNotServe: boolean;
  /** The CRM itself calls them an advocate (lifecycle stage or tag), or null. */
  crmAdvocate: string | null;
  /** Referrals: the recorded count, else 1 from a `referral` tag, else null. */
  referrals: number | null;
  referralsFromTag: boolean;
  /** Shopify's RFM group says the customer has lapsed (DORMANT). */
  lapsed: string | null;
  /** The four facts above as translatable phrases, set together with their text. */
  engagementSay: Sentence | null;
  disqualifiedSay: Sentence | null;
  crmAdvocateSay: Sentence | null;
  lapsedSay: Sentence | null;
}

/** 'Sales Qualified Lead', 'sales_qualified_lead' → 'salesqualifiedlead'. */
export function compact(s: unknown): string {
  return typeof s === 'string' ? s.toLowerCase().replace(/[^a-z0-9]/g, '') : '';
}

const ADVOCATE_TAGS = new Set(['vip', 'advocate', 'evangelist', 'ambassador']);
const REFERRAL_TAGS = new Set(['referral', 'referrer']);
const DO_NOT_SERVE_TAGS = new Set(['donotserve', 'blocked', 'banned']);
const RFM_IMPLYING_ORDERS = new Set([
  'champions',
  'loyal',
  'active',
  'promising',
  'new',
  'needsattention',
  'atrisk',
  'almostlost',
  'previouslyloyal',
  'dormant',
]);

const plainFacts = (referrals: number | null): CrmFacts => ({
  engagement: null,
  disqualified: null,
  doNotServe: false,
  crmAdvocate: null,
  referrals,
  referralsFromTag: false,
  lapsed: null,
  engagementSay: null,
  disqualifiedSay: null,
  crmAdvocateSay: null,
  lapsedSay: null,
});

/** The first sign of engagement wins: later ones leave text and phrase as they are. */
function engaged(facts: CrmFacts, why: string, phrase: Sentence): void {
  if (facts.engagement !== null) return;
  facts.engagement = why;
  facts.engagementSay = phrase;
}

const lifecycle = (value: unknown) => say('fact_crm_stage', text(clean(value)));
const tagSay = (value: unknown) => say('fact_tag', text(clean(value)));

// Most profiles of a shop carry no CRM state at all: they share one frozen facts object
// per small referral count instead of each allocating their own.
const PLAIN: readonly CrmFacts[] = Array.from({ length: 65 }, (_, i) =>
  Object.freeze(plainFacts(i === 64 ? null : i)),
);

function hasCrmState(p: Profile): boolean {
  return (
    p.crmStage !== undefined ||
    p.leadStatus !== undefined ||
    p.openDealAmount !== undefined ||
    p.lastActivityAt !== undefined ||
    p.rfmGroup !== undefined ||
    p.disqualified !== undefined ||
    (Array.isArray(p.tags) && p.tags.length > 0)
  );
}

/** The facts; the returned object may be shared and frozen: never modify it. */
export function readCrmFacts(p: Profile, hasOrdered: boolean, warnings: Warnings): CrmFacts {
  const referrals =
    typeof p.referrals === 'number' && Number.isFinite(p.referrals) && p.referrals >= 0
      ? p.referrals
      : null;
  if (!hasCrmState(p)) {
    if (referrals === null) return PLAIN[64] as CrmFacts;
    if (Number.isInteger(referrals) && referrals < 64) return PLAIN[referrals] as CrmFacts;
  }
  const facts = plainFacts(referrals);

  const stage = compact(p.crmStage);
  if (stage === 'evangelist' || stage === 'advocate') {
    facts.crmAdvocate = `CRM lifecycle stage ${quote(p.crmStage)}`;
    facts.crmAdvocateSay = lifecycle(p.crmStage);
  }
  if (stage && stage !== 'subscriber' && stage !== 'other')
    engaged(facts, `CRM lifecycle stage ${quote(p.crmStage)}`, lifecycle(p.crmStage));
  if (stage === 'customer' && !hasOrdered) {
    warn(
      warnings,
      'The CRM calls this contact a customer, but no orders or closed deals are known: the stage stays below first-time until they are seen.',
      say('warn_crm_customer_no_orders'),
    );
  }

  const lead = compact(p.leadStatus);
  if (lead === 'unqualified') {
    facts.disqualified = 'lead status "unqualified"';
    facts.disqualifiedSay = say('fact_lead_status', text('unqualified'));
  } else if (lead) {
    engaged(
      facts,
      `lead status ${quote(p.leadStatus)}`,
      say('fact_lead_status', text(clean(p.leadStatus))),
    );
  }

  if (
    typeof p.openDealAmount === 'number' &&
    Number.isFinite(p.openDealAmount) &&
    p.openDealAmount >= 0
  ) {
    // The deal's currency is not on the profile: the amount is shown as a plain number.
    engaged(
      facts,
      `an open deal of ${p.openDealAmount}`,
      say('fact_open_deal', money(p.openDealAmount, null)),
    );
  }
  if (typeof p.lastActivityAt === 'string' && p.lastActivityAt)
    engaged(facts, 'recorded activity', say('fact_activity'));

  const rfm = compact(p.rfmGroup);
  if (rfm === 'prospects')
    engaged(facts, 'Shopify RFM group PROSPECTS', say('fact_rfm_group', text('PROSPECTS')));
  if (rfm === 'dormant') {
    facts.lapsed = 'Shopify RFM group DORMANT';
    facts.lapsedSay = say('fact_rfm_group', text('DORMANT'));
  }
  if (RFM_IMPLYING_ORDERS.has(rfm) && !hasOrdered) {
    engaged(
      facts,
      `Shopify RFM group ${quote(p.rfmGroup)}`,
      say('fact_rfm_group', text(clean(p.rfmGroup))),
    );
    warn(
      warnings,
      `Shopify's RFM group ${quote(p.rfmGroup)} implies purchases, but no orders are known yet.`,
      say('warn_rfm_implies_orders', text(clean(p.rfmGroup))),
    );
  }

  if (Array.isArray(p.tags)) {
    for (const raw of p.tags) {
      const tag = compact(raw);
      if (ADVOCATE_TAGS.has(tag)) {
        if (facts.crmAdvocate === null) {
          facts.crmAdvocate = `tag ${quote(raw)}`;
          facts.crmAdvocateSay = tagSay(raw);
        }
      } else if (REFERRAL_TAGS.has(tag) && facts.referrals === null) {
        facts.referrals = 1;
        facts.referralsFromTag = true;
      } else if (DO_NOT_SERVE_TAGS.has(tag)) {
        facts.doNotServe = true;
        if (facts.disqualified === null) {
          facts.disqualified = `tag ${quote(raw)}`;
          facts.disqualifiedSay = tagSay(raw);
        }
      }
    }
  }
  if (p.disqualified === true) {
    facts.disqualified = 'marked disqualified by staff';
    facts.disqualifiedSay = say('fact_staff_disqualified');
  }
  return facts;
}
