/**
 * Shopify's customer RFM group (`rfmGroup`) as neutral facts: `PROSPECTS` is `engaged`;
 * `DORMANT` is `lapsed` (the dead rule uses it only when no last-order date is known); every
 * group but `PROSPECTS` implies purchases, so it says `purchased` (engagement and a warning
 * while no orders are known).
 *
 * Values are compared lower-case with spaces, `_` and `-` ignored.
 */
import type { Profile } from '../../domain/profile';
import { NO_FACTS, type FactSource, type NeutralFact } from '../../segmentation/neutral-facts';
import { say, text } from '../../segmentation/say';
import { clean, compact } from '../../segmentation/untrusted-text';
import type { CrmVocabulary } from '../vocabularies';

const IMPLYING_ORDERS = new Set([
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

const source = (value: string): FactSource => ({
  crm: 'Shopify',
  field: 'RFM group',
  value,
  label: say('fact_rfm_group', text(value)),
});

export const shopifyVocabulary: CrmVocabulary = {
  read(profile: Profile) {
    const group = compact(profile.rfmGroup);
    if (!group) return NO_FACTS;
    if (group === 'prospects') return [{ fact: 'engaged', source: source('PROSPECTS') }];
    const out: NeutralFact[] = [];
    if (group === 'dormant') out.push({ fact: 'lapsed', source: source('DORMANT') });
    if (IMPLYING_ORDERS.has(group)) {
      const value = clean(profile.rfmGroup);
      out.push({
        fact: 'purchased',
        source: source(value),
        unseen: say('warn_rfm_implies_orders', text(value)),
      });
    }
    return out;
  },
};
