/**
 * Display names for the engine's enums. Category labels are editable in the options
 * page: a label the user changed is shown as typed; one still at its English default
 * is translated, so a Polish user sees Polish names until they choose their own.
 */
import type { Translate } from '../../lib/i18n/translate';
import { CATEGORY_LABEL_KEYS, STAGE_LABEL_KEYS } from '../../lib/i18n/keys';
import { defaultLabels } from '../../lib/segmentation/playbook';
import type { Category, CategoryLabels, Stage, Vocabulary } from '../../lib/segmentation/types';

export function stageName(stage: Stage, t: Translate): string {
  return t(STAGE_LABEL_KEYS[stage]);
}

export function categoryName(
  category: Category,
  vocabulary: Vocabulary,
  t: Translate,
  labels?: CategoryLabels,
): string {
  const field = vocabulary === 'classic' ? 'classic' : 'onePage';
  const custom = labels?.[field];
  if (custom && custom !== defaultLabels[category][field]) return custom;
  return t(CATEGORY_LABEL_KEYS[vocabulary][category]);
}

export function otherVocabulary(vocabulary: Vocabulary): Vocabulary {
  return vocabulary === 'classic' ? 'one-page' : 'classic';
}
