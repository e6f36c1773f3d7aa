/**
 * The badge receives the category label in the chosen vocabulary, in English when the
 * user kept the defaults. A default label is shown translated (its vocabulary told by
 * which default it equals); a label the user wrote is shown as written.
 */
import type { Translate } from '../../lib/i18n/translate';
import type { BadgeView } from '../../lib/messages/protocol';
import { CATEGORY_LABEL_KEYS } from '../../lib/i18n/keys';
import { defaultLabels } from '../../lib/segmentation/playbook';

export function badgeCategoryName(
  view: Pick<BadgeView, 'category' | 'categoryLabel'>,
  t: Translate,
) {
  const defaults = defaultLabels[view.category];
  if (view.categoryLabel === defaults.onePage && defaults.onePage !== defaults.classic) {
    return t(CATEGORY_LABEL_KEYS['one-page'][view.category]);
  }
  if (view.categoryLabel === defaults.classic) return t(CATEGORY_LABEL_KEYS.classic[view.category]);
  return view.categoryLabel;
}
