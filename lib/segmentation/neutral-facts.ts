/**
 * What a CRM's own words tell the rules, in no CRM's words. Each CRM's vocabulary (outside
 * the engine) reads the fields it owns (a lifecycle stage, an RFM group) and hands the
 * engine these facts through `ClassifyOptions.facts`; the engine never matches a CRM's
 * strings itself, so adding a CRM never touches the rules.
 */
import type { Profile } from '../domain/profile';
import type { Sentence } from './types';

export const FACT_KINDS = [
  /** Showed interest before buying: a prospect while no orders are known. */
  'engaged',
  /** The CRM says this person has bought: engagement, and a warning while no orders are seen. */
  'purchased',
  /** The CRM says the customer has lapsed: dead when no last-order date is known. */
  'lapsed',
  /** The CRM calls them an advocate: a client becomes an advocate. */
  'advocate',
  /** The CRM rules them out: disqualified while no orders are known. */
  'disqualified',
] as const;
export type FactKind = (typeof FACT_KINDS)[number];

/** Where a fact came from, e.g. Shopify's "RFM group" field with the value "DORMANT". */
export interface FactSource {
  /** The CRM's name as people know it ("HubSpot", "Shopify"). */
  crm: string;
  /** The field's name in that CRM ("lifecycle stage", "RFM group"). */
  field: string;
  /** The value as the CRM wrote it, cleaned (untrusted-text.ts). */
  value: string;
  /** How a reason names the source, translatable: «Shopify RFM group “DORMANT”». */
  label: Sentence;
}

export interface NeutralFact {
  fact: FactKind;
  source: FactSource;
  /** For `purchased`: the warning to give while no orders are known. */
  unseen?: Sentence;
}

/** The port: every neutral fact a profile's CRM fields say, in the order they should count. */
export type FactReader = (profile: Profile) => readonly NeutralFact[];

export const NO_FACTS: readonly NeutralFact[] = Object.freeze([]);
