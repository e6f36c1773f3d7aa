/**
 * Reads a HubSpot contact record page: the title, About-card properties, and the deals and
 * tickets association cards. Cards from another object type (a stale card left by the
 * previous record during pushState navigation) are ignored: research §1.4 (H) checks each
 * card's `data-card-id` object type against the URL's before reading it.
 */
import type { Profile } from '../../domain/profile';
import { CUSTOM_PROPERTIES, HUBSPOT_SELECTORS, type HubspotKey } from './selectors';
import { leadStatusValue, lifecycleValue } from './labels';
import { readDeals, readTickets } from './associations';
import { readEmail, readWholeNumber, type ValueContext } from '../../reading/read-values';
import { Selection, shownText, textOf } from '../../reading/select';
import type { PageRead } from '../../reading/types';

export interface RecordTarget {
  portal: string;
  objectType: string;
  recordId: string;
}

/** `PROPERTIES_V3/0-1/V2` → `0-1`; `OBJECT_HIGHLIGHT-FAS-0-1-1` → `0-1`; none → undefined. */
export function cardObjectType(cardId: string): string | undefined {
  return /(?:^|[/-])(\d+-\d+)(?:[/-]|$)/.exec(cardId)?.[1];
}

/** Accepts elements outside any card, or inside a card of the URL's object type. */
function ofObjectType(objectType: string) {
  return (el: Element): boolean => {
    const cardId = el.closest('[data-card-id]')?.getAttribute('data-card-id');
    if (!cardId) return true;
    const type = cardObjectType(cardId);
    return type === undefined || type === objectType;
  };
}

export function readHubspotRecord(
  document: Document,
  target: RecordTarget,
  ctx: ValueContext,
): PageRead {
  const sel = new Selection<HubspotKey>(HUBSPOT_SELECTORS);
  const own = ofObjectType(target.objectType);
  const prop = (key: HubspotKey) => sel.one(key, document, own);

  const title = sel.one('record.title', document, own);
  const name = textOf(title);
  const email = readEmail(prop('record.email'));
  const profile: Profile = {
    key: { crm: 'hubspot', account: target.portal, id: target.recordId, ...(email && { email }) },
  };
  if (name) profile.name = name;
  if (email) profile.email = email;

  const stageEl = prop('record.lifecyclestage');
  const stage = shownText(stageEl);
  const crmStage = stage ? lifecycleValue(stage) : undefined;
  if (crmStage) profile.crmStage = crmStage;
  else if (stage) sel.unparsed('record.lifecyclestage');

  const leadEl = prop('record.leadstatus');
  const lead = shownText(leadEl);
  const leadStatus = lead ? leadStatusValue(lead) : undefined;
  if (leadStatus) profile.leadStatus = leadStatus;
  else if (lead) sel.unparsed('record.leadstatus');

  for (const { field } of CUSTOM_PROPERTIES) {
    const key = field === 'nps' ? 'record.nps' : 'record.referrals';
    const el = prop(key);
    const value = readWholeNumber(el);
    if (value !== undefined && (field !== 'nps' || value <= 10)) profile[field] = value;
    else if (shownText(el)) sel.unparsed(key);
  }

  Object.assign(profile, readDeals(document, sel, ctx), readTickets(document, sel));
  return {
    scrape: {
      crm: 'hubspot',
      account: target.portal,
      page: 'customer',
      customers: [profile],
      diagnostics: sel.diagnostics(),
    },
    anchors: [title],
  };
}
