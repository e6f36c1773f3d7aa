/**
 * Each CRM's vocabulary, by CRM id: how the words of the fields it owns (HubSpot's
 * lifecycle stage, Shopify's RFM group) map to the engine's neutral facts. The engine reads
 * only the facts, through `ClassifyOptions.facts`; this reader is what the store passes.
 */
import type { Profile } from '../domain/profile';
import { NO_FACTS, type FactReader, type NeutralFact } from '../segmentation/neutral-facts';
import { hubspotVocabulary } from './hubspot/vocabulary';
import { shopifyVocabulary } from './shopify/vocabulary';

export interface CrmVocabulary {
  /** The neutral facts the fields this CRM owns say about a profile (NO_FACTS when none). */
  read(profile: Profile): readonly NeutralFact[];
}

export const VOCABULARIES = {
  hubspot: hubspotVocabulary,
  shopify: shopifyVocabulary,
} as const satisfies Record<string, CrmVocabulary>;

const ALL: readonly CrmVocabulary[] = Object.values(VOCABULARIES);

/**
 * Every vocabulary reads every profile: a field belongs to one CRM's vocabulary, but it can
 * reach a profile of another account kind (a HubSpot contacts export imported into any
 * account, a taught CRM's field), and its words mean the same there. The first fact of a
 * kind counts (crm-facts.ts), so the order here is the order facts are weighed in.
 */
export const readNeutralFacts: FactReader = (profile) => {
  let found: readonly NeutralFact[] = NO_FACTS;
  for (const vocabulary of ALL) {
    const facts = vocabulary.read(profile);
    if (facts.length === 0) continue;
    found = found.length === 0 ? facts : [...found, ...facts];
  }
  return found;
};
