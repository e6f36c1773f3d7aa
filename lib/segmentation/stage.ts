/**
 * The rung on the ladder (SEGMENTATION.md, "Stage"), first match from the top down.
 * Computed from lifetime facts only, so more orders or more referrals can only move a
 * customer up; lapsing shows in the category, never here. Reasons that depend only on
 * small counts are shared between customers (shared-results.ts).
 */
import type { Analysis } from './analysis';
import type { Settings } from './settings';
import { reasonFor } from './reason';
import { count, num, phrase, say } from './say';
import { key1, key2, shared } from './shared-results';
import type { Reason, Stage } from './types';

export interface StageResult {
  stage: Stage;
  reasons: Reason[];
}

const reason = reasonFor('stage');

// Sentence makers: module-level so that sharing them needs no closure per customer.
const partnerReason = (s: Settings, refs: number) =>
  reason(
    'stage.partner',
    refs,
    s.stage.partnerMinReferrals,
    say('why_stage_partner', count(refs, 'referral'), num(s.stage.partnerMinReferrals)),
  );
const referralsReason = (s: Settings, refs: number, fromTag: number) =>
  reason(
    'stage.advocate.referrals',
    refs,
    s.stage.advocateMinReferrals,
    say(
      fromTag ? 'why_stage_advocate_referral_tag' : 'why_stage_advocate_referrals',
      count(refs, 'referral'),
      num(s.stage.advocateMinReferrals),
    ),
  );
const npsReason = (s: Settings, nps: number) =>
  reason(
    'stage.advocate.nps',
    nps,
    s.stage.advocateMinNps,
    say('why_stage_advocate_nps', num(nps), num(s.stage.advocateMinNps)),
  );
const clientReason = (s: Settings, orders: number, tenure: number) =>
  reason(
    'stage.client',
    orders,
    s.stage.clientMinOrders,
    say(
      'why_stage_client',
      count(orders, 'order'),
      num(s.stage.clientMinOrders),
      count(tenure, 'day'),
      num(s.stage.clientMinTenureDays),
    ),
  );
const repeatReason = (s: Settings, orders: number) =>
  reason(
    'stage.repeat',
    orders,
    s.stage.repeatMinOrders,
    say('why_stage_repeat', count(orders, 'order'), num(s.stage.repeatMinOrders)),
  );
const firstTimeReason = (s: Settings, orders: number) =>
  reason(
    'stage.first-time',
    orders,
    s.stage.repeatMinOrders,
    say('why_stage_first_time', count(orders, 'order'), num(s.stage.repeatMinOrders)),
  );
const suspectReason = () => reason('stage.suspect', null, undefined, say('why_stage_suspect'));

/** Why the customer counts as an advocate, or null: referrals, then NPS, then the CRM. */
function advocacy(a: Analysis, settings: Settings): Reason | null {
  const s = settings.stage;
  const refs = a.crm.referrals;
  if (refs !== null && refs >= s.advocateMinReferrals) {
    const fromTag = a.crm.referralsFromTag ? 1 : 0;
    return shared(
      settings,
      'stage.advocate.referrals',
      key2(fromTag, refs),
      referralsReason,
      refs,
      fromTag,
    );
  }
  if (a.nps !== null && a.nps >= s.advocateMinNps) {
    return shared(settings, 'stage.advocate.nps', key1(a.nps), npsReason, a.nps);
  }
  if (a.crm.crmAdvocate !== null) {
    return reason(
      'stage.advocate.crm',
      a.crm.crmAdvocate.value,
      undefined,
      say('why_stage_advocate_crm', phrase(a.crm.crmAdvocate.label)),
    );
  }
  return null;
}

export function computeStage(a: Analysis, settings: Settings): StageResult {
  const s = settings.stage;
  const orders = a.metrics.orderCount ?? 0;
  const tenure = a.metrics.tenureDays;
  if (orders >= s.clientMinOrders && tenure !== null && tenure >= s.clientMinTenureDays) {
    const client = shared(
      settings,
      'stage.client',
      key2(orders, tenure),
      clientReason,
      orders,
      tenure,
    );
    const why = advocacy(a, settings);
    if (!why) return { stage: 'client', reasons: [client] };
    const refs = a.crm.referrals;
    if (refs !== null && refs >= s.partnerMinReferrals) {
      const partner = shared(settings, 'stage.partner', key1(refs), partnerReason, refs);
      return { stage: 'partner', reasons: [partner, why, client] };
    }
    return { stage: 'advocate', reasons: [why, client] };
  }
  if (orders >= s.repeatMinOrders) {
    return {
      stage: 'repeat',
      reasons: [shared(settings, 'stage.repeat', key1(orders), repeatReason, orders)],
    };
  }
  if (orders >= 1) {
    return {
      stage: 'first-time',
      reasons: [shared(settings, 'stage.first-time', key1(orders), firstTimeReason, orders)],
    };
  }
  if (a.crm.disqualified !== null) {
    return {
      stage: 'disqualified',
      reasons: [
        reason(
          'stage.disqualified',
          a.crm.disqualified.value,
          undefined,
          say('why_stage_disqualified', phrase(a.crm.disqualified.label)),
        ),
      ],
    };
  }
  if (a.crm.engagement !== null) {
    return {
      stage: 'prospect',
      reasons: [
        reason(
          'stage.prospect',
          a.crm.engagement.value,
          undefined,
          say('why_stage_prospect', phrase(a.crm.engagement.label)),
        ),
      ],
    };
  }
  return { stage: 'suspect', reasons: [shared(settings, 'stage.suspect', 0, suspectReason)] };
}
