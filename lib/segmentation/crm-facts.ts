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
import type { Profile } from '../profile';
import { quote } from './untrusted-text';

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
});

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
export function readCrmFacts(p: Profile, hasOrdered: boolean, warnings: string[]): CrmFacts {
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
  if (stage === 'evangelist' || stage === 'advocate')
    facts.crmAdvocate = `CRM lifecycle stage ${quote(p.crmStage)}`;
  if (stage && stage !== 'subscriber' && stage !== 'other')
    facts.engagement ??= `CRM lifecycle stage ${quote(p.crmStage)}`;
  if (stage === 'customer' && !hasOrdered) {
    warnings.push(
      'The CRM calls this contact a customer, but no orders or closed deals are known: the stage stays below first-time until they are seen.',
    );
  }

  const lead = compact(p.leadStatus);
  if (lead === 'unqualified') facts.disqualified = 'lead status "unqualified"';
  else if (lead) facts.engagement ??= `lead status ${quote(p.leadStatus)}`;

  if (
    typeof p.openDealAmount === 'number' &&
    Number.isFinite(p.openDealAmount) &&
    p.openDealAmount >= 0
  ) {
    facts.engagement ??= `an open deal of ${p.openDealAmount}`;
  }
  if (typeof p.lastActivityAt === 'string' && p.lastActivityAt)
    facts.engagement ??= 'recorded activity';

  const rfm = compact(p.rfmGroup);
  if (rfm === 'prospects') facts.engagement ??= 'Shopify RFM group PROSPECTS';
  if (rfm === 'dormant') facts.lapsed = 'Shopify RFM group DORMANT';
  if (RFM_IMPLYING_ORDERS.has(rfm) && !hasOrdered) {
    facts.engagement ??= `Shopify RFM group ${quote(p.rfmGroup)}`;
    warnings.push(
      `Shopify's RFM group ${quote(p.rfmGroup)} implies purchases, but no orders are known yet.`,
    );
  }

  if (Array.isArray(p.tags)) {
    for (const raw of p.tags) {
      const tag = compact(raw);
      if (ADVOCATE_TAGS.has(tag)) facts.crmAdvocate ??= `tag ${quote(raw)}`;
      else if (REFERRAL_TAGS.has(tag) && facts.referrals === null) {
        facts.referrals = 1;
        facts.referralsFromTag = true;
      } else if (DO_NOT_SERVE_TAGS.has(tag)) {
        facts.doNotServe = true;
        facts.disqualified ??= `tag ${quote(raw)}`;
      }
    }
  }
  if (p.disqualified === true) facts.disqualified = 'marked disqualified by staff';
  return facts;
}
