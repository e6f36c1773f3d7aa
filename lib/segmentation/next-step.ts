/**
 * The nearest rule that would move the customer up one rung, in words a sales manager
 * can act on ("2 more orders → client"). Disqualified prospects climb by buying.
 * Steps depend on a few small counts, so identical ones are shared (shared-results.ts).
 */
import type { Analysis } from './analysis';
import { dayToIso } from './dates';
import { count, day as dayArg, num, say } from './say';
import type { Settings } from './settings';
import { key1, key3, shared } from './shared-results';
import type { NextStep, Stage } from './types';

// Step makers: module-level so that sharing them needs no closure per customer.
const toProspect = (): NextStep => ({
  stage: 'prospect',
  rule: 'stage.prospect',
  say: say('step_prospect'),
});
const toFirstTime = (): NextStep => ({
  stage: 'first-time',
  rule: 'stage.first-time',
  say: say('step_first_time'),
});
const toRepeat = (_s: Settings, needed: number): NextStep => ({
  stage: 'repeat',
  rule: 'stage.repeat',
  say: say('step_repeat', count(needed, 'more-order')),
});
/** kind 0: orders only; 1: orders over the tenure (no dates known); 2: the last on or after `day`. */
const toClientStep = (s: Settings, kind: number, needed: number, day: number): NextStep => {
  const tenure = s.stage.clientMinTenureDays;
  const orderArg = count(needed, 'more-order');
  const why =
    kind === 0
      ? say('step_client', orderArg)
      : kind === 1
        ? say('step_client_tenure', orderArg, count(tenure, 'day'))
        : say('step_client_date', orderArg, dayArg(dayToIso(day)), count(tenure, 'day'));
  return { stage: 'client', rule: 'stage.client', say: why };
};
const toAdvocate = (s: Settings, needed: number): NextStep => ({
  stage: 'advocate',
  rule: 'stage.advocate',
  say: say('step_advocate', count(needed, 'more-referral'), num(s.stage.advocateMinNps)),
});
const toPartner = (_s: Settings, needed: number): NextStep => ({
  stage: 'partner',
  rule: 'stage.partner',
  say: say('step_partner', count(needed, 'more-referral')),
});

function toClient(a: Analysis, settings: Settings): NextStep {
  const s = settings.stage;
  const needed = Math.max(s.clientMinOrders - (a.metrics.orderCount ?? 0), 1);
  const tenure = a.metrics.tenureDays;
  const last = a.metrics.daysSinceLastOrder;
  let kind = 0;
  let day = 0;
  if (tenure === null || last === null) kind = 1;
  else if (tenure < s.clientMinTenureDays) {
    // Tenure runs from the first order to the last, so the next order must fall late enough.
    const earliest = a.asOfDay - last - tenure + s.clientMinTenureDays;
    if (earliest > a.asOfDay) {
      kind = 2;
      day = earliest;
    }
  }
  return shared(settings, 'next.client', key3(kind, needed, day), toClientStep, kind, needed, day);
}

export function nextStep(a: Analysis, stage: Stage, settings: Settings): NextStep | null {
  const s = settings.stage;
  const refs = a.crm.referrals ?? 0;
  switch (stage) {
    case 'suspect':
      return shared(settings, 'next.prospect', 0, toProspect);
    case 'prospect':
    case 'disqualified':
      return shared(settings, 'next.first-time', 0, toFirstTime);
    case 'first-time': {
      const needed = Math.max(s.repeatMinOrders - (a.metrics.orderCount ?? 0), 1);
      return shared(settings, 'next.repeat', key1(needed), toRepeat, needed);
    }
    case 'repeat':
      return toClient(a, settings);
    case 'client': {
      const needed = Math.max(s.advocateMinReferrals - refs, 1);
      return shared(settings, 'next.advocate', key1(needed), toAdvocate, needed);
    }
    case 'advocate': {
      const needed = Math.max(s.partnerMinReferrals - refs, 1);
      return shared(settings, 'next.partner', key1(needed), toPartner, needed);
    }
    case 'partner':
      return null;
  }
}
