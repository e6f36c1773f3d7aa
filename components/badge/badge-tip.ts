/**
 * The badge's tooltip: stage and category, the treatment headline and the top two
 * reasons. Built the first time the pill is hovered or focused (lib/dom/badge-tooltip.ts),
 * not with the pill: a list of 1,000 customers would otherwise build 1,000 hidden
 * tooltips nobody opens. It is a manual popover after the pill in the shadow root: in
 * the top layer, so opening it never moves the CRM's layout and no container clips it.
 */
import type { Translate } from '../../lib/i18n/translate';
import { STAGE_LABEL_KEYS } from '../../lib/i18n/keys';
import { playbookText } from '../../lib/i18n/playbookText';
import { formatFor } from '../../lib/format/format';
import { sentence } from '../../lib/i18n/sentence';
import type { BadgeView } from '../../lib/messages/protocol';
import { badgeCategoryName } from './badgeCategoryName';

export const TIP_ID = 'rung-badge-tip';

function line(className: string, text: string): HTMLSpanElement {
  const span = document.createElement('span');
  span.className = className;
  span.textContent = text;
  return span;
}

/**
 * In the user's language: the default playbook's headline and the engine's sentences are
 * translated (`locale` formats their numbers); text the user wrote is shown as written.
 */
export function buildTip(
  view: BadgeView,
  t: Translate,
  locale: string,
  dir: 'ltr' | 'rtl' = 'ltr',
): HTMLSpanElement {
  const tip = document.createElement('span');
  tip.className = 'tip';
  tip.id = TIP_ID;
  tip.setAttribute('role', 'tooltip');
  tip.setAttribute('popover', 'manual');
  tip.lang = locale;
  tip.dir = dir;
  tip.append(
    line('tip-title', `${t(STAGE_LABEL_KEYS[view.stage])} · ${badgeCategoryName(view, t)}`),
    line('tip-headline', playbookText(view.treatmentHeadline, t)),
    ...view.topReasons
      .slice(0, 2)
      .map((say) => line('tip-reason', sentence(say, '', t, formatFor(locale)))),
  );
  return tip;
}
