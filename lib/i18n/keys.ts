/**
 * Message keys for the domain's enums, spelled out in full rather than built with
 * template strings, so the "every key exists in every language" test can see them
 * and a renamed stage is a compile error here instead of a blank label at run time.
 */
import type { Category, Confidence, Stage, Subgroup, Vocabulary } from '../segmentation/types';

export const STAGE_LABEL_KEYS: Record<Stage, string> = {
  suspect: 'stage_suspect',
  prospect: 'stage_prospect',
  disqualified: 'stage_disqualified',
  'first-time': 'stage_first_time',
  repeat: 'stage_repeat',
  client: 'stage_client',
  advocate: 'stage_advocate',
  partner: 'stage_partner',
};

/** Two to eight characters: what fits in the badge pill. */
export const STAGE_SHORT_KEYS: Record<Stage, string> = {
  suspect: 'stage_short_suspect',
  prospect: 'stage_short_prospect',
  disqualified: 'stage_short_disqualified',
  'first-time': 'stage_short_first_time',
  repeat: 'stage_short_repeat',
  client: 'stage_short_client',
  advocate: 'stage_short_advocate',
  partner: 'stage_short_partner',
};

export const CATEGORY_LABEL_KEYS: Record<Vocabulary, Record<Category, string>> = {
  classic: {
    devoted: 'category_classic_devoted',
    core: 'category_classic_core',
    demanding: 'category_classic_demanding',
    'discount-seeker': 'category_classic_discount_seeker',
    dead: 'category_classic_dead',
    'high-potential': 'category_classic_high_potential',
    unrated: 'category_classic_unrated',
  },
  'one-page': {
    devoted: 'category_onepage_devoted',
    core: 'category_onepage_core',
    demanding: 'category_onepage_demanding',
    'discount-seeker': 'category_onepage_discount_seeker',
    dead: 'category_onepage_dead',
    'high-potential': 'category_onepage_high_potential',
    unrated: 'category_onepage_unrated',
  },
};

export const SUBGROUP_LABEL_KEYS: Record<Subgroup, string> = {
  profitable: 'subgroup_profitable',
  middling: 'subgroup_middling',
  unprofitable: 'subgroup_unprofitable',
};

export const CONFIDENCE_LABEL_KEYS: Record<Confidence, string> = {
  low: 'confidence_low',
  medium: 'confidence_medium',
  high: 'confidence_high',
};

/** Every key in the maps above, for the catalogue completeness test. */
export function enumMessageKeys(): string[] {
  return [
    ...Object.values(STAGE_LABEL_KEYS),
    ...Object.values(STAGE_SHORT_KEYS),
    ...Object.values(CATEGORY_LABEL_KEYS.classic),
    ...Object.values(CATEGORY_LABEL_KEYS['one-page']),
    ...Object.values(SUBGROUP_LABEL_KEYS),
    ...Object.values(CONFIDENCE_LABEL_KEYS),
  ];
}
