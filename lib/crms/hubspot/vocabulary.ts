/**
 * HubSpot's words for where a contact stands, as neutral facts:
 *
 * - lifecycle stage (`crmStage`): `subscriber` and `other` say nothing beyond "known";
 *   `lead`, `marketingqualifiedlead`, `salesqualifiedlead`, `opportunity`, `customer` and any
 *   custom stage are `engaged`; `customer` also says `purchased` (a warning while no orders
 *   or closed deals are known); `evangelist` (or `advocate`) is `advocate` too;
 * - lead status (`leadStatus`): `unqualified` is `disqualified`; any other value is `engaged`.
 *
 * Values are compared lower-case with spaces, `_` and `-` ignored.
 */
import type { Profile } from '../../domain/profile';
import type { FactKind, NeutralFact } from '../../segmentation/neutral-facts';
import { NO_FACTS } from '../../segmentation/neutral-facts';
import { say, text } from '../../segmentation/say';
import type { Sentence } from '../../segmentation/types';
import { clean, compact } from '../../segmentation/untrusted-text';
import type { CrmVocabulary } from '../vocabularies';

const CRM = 'HubSpot';
const SAYS_NOTHING = new Set(['subscriber', 'other']);
const ADVOCATE = new Set(['evangelist', 'advocate']);
const CUSTOMER_UNSEEN = say('warn_crm_customer_no_orders');

function lifecycleFacts(raw: unknown, out: NeutralFact[]): void {
  const stage = compact(raw);
  if (!stage || SAYS_NOTHING.has(stage)) return;
  const value = clean(raw);
  const source = {
    crm: CRM,
    field: 'lifecycle stage',
    value,
    label: say('fact_crm_stage', text(value)),
  };
  if (ADVOCATE.has(stage)) out.push({ fact: 'advocate', source });
  out.push({ fact: 'engaged', source });
  if (stage === 'customer') out.push({ fact: 'purchased', source, unseen: CUSTOMER_UNSEEN });
}

function leadStatusFact(raw: unknown): NeutralFact | null {
  const status = compact(raw);
  if (!status) return null;
  // The label keeps HubSpot's internal value for "unqualified", whatever the page showed.
  const unqualified = status === 'unqualified';
  const value = unqualified ? 'unqualified' : clean(raw);
  const fact: FactKind = unqualified ? 'disqualified' : 'engaged';
  const label: Sentence = say('fact_lead_status', text(value));
  return { fact, source: { crm: CRM, field: 'lead status', value, label } };
}

export const hubspotVocabulary: CrmVocabulary = {
  read(profile: Profile) {
    if (profile.crmStage === undefined && profile.leadStatus === undefined) return NO_FACTS;
    const out: NeutralFact[] = [];
    lifecycleFacts(profile.crmStage, out);
    const lead = leadStatusFact(profile.leadStatus);
    if (lead) out.push(lead);
    return out;
  },
};
