/**
 * The pill beside a customer's name on a CRM page, built with plain DOM calls.
 *
 * Why not Preact here (every other surface is Preact): a list page shows up to 1,000
 * pills, each in its own shadow root, and one Preact render per root cost more than the
 * whole budget for all of them (measured in `npm run bench`, chromium-badges). A pill is
 * a clone of one prepared per distinct look (`pillMaker`).
 *
 * Everything shown that came from a page goes in as `textContent`, never as markup.
 */
import type { Translate } from '../../lib/i18n/translate';
import { STAGE_LABEL_KEYS, STAGE_SHORT_KEYS } from '../../lib/i18n/keys';
import type { BadgeView } from '../../lib/messages/protocol';
import { badgeCategoryName } from './badgeCategoryName';
import { badgeMarkers } from './badgeMarkers';
import { CATEGORY_LOOKS } from './categoryLook';

/** What one badge shows; equal contents render identical pills. */
export interface BadgeContent {
  view: BadgeView | null;
  state: 'pending' | 'ready' | 'error';
  incomplete: boolean;
}

/** `<button class="pill"><span class="icon" aria-hidden></span><span class="stage"></span></button>` */
function blankPill(): HTMLButtonElement {
  const pill = document.createElement('button');
  pill.type = 'button';
  pill.className = 'pill';
  pill.dataset.testid = 'rung-badge';
  const icon = document.createElement('span');
  icon.className = 'icon';
  icon.setAttribute('aria-hidden', 'true');
  const stage = document.createElement('span');
  stage.className = 'stage';
  pill.append(icon, stage);
  return pill;
}

const wordsOf = (text: string) =>
  text
    .toLocaleLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** True when `part`'s words stand, whole and in order, in `text`. */
function hasWords(text: string, part: string): boolean {
  const wanted = wordsOf(part).join(' ');
  return wanted === '' || ` ${wordsOf(text).join(' ')} `.includes(` ${wanted} `);
}

/** The accessible name: stage, category, every caveat, and how to open it. */
function readyLabel(view: BadgeView, incomplete: boolean, t: Translate): string {
  const stageName = t(STAGE_LABEL_KEYS[view.stage]);
  const named = t('badge_label', [stageName, badgeCategoryName(view, t)]);
  // The name must contain the words shown (WCAG 2.5.3, label in name): a short label that
  // is not among the full one's words ('Повтор' for 'Повторный покупатель') leads the name.
  const shown = t(STAGE_SHORT_KEYS[view.stage]);
  return [
    hasWords(named, shown) ? named : `${shown}: ${named}`,
    ...badgeMarkers(view, incomplete).map((marker) => t(marker.labelKey)),
    t('badge_open_hint'),
  ].join('. ');
}

const PLACEHOLDER = {
  pending: { key: 'badge_pending', symbol: '…' },
  error: { key: 'badge_error', symbol: '!' },
  // Ready without a view: the customer has neither id nor e-mail, so Rung cannot key it.
  ready: { key: 'badge_unknown', symbol: '?' },
} as const;

/** The user's language: the pill speaks it on a CRM page that may be in another. */
export interface BadgeLanguage {
  lang: string;
  dir: 'ltr' | 'rtl';
}

/** A new pill for `content`. */
export function buildPill(
  content: BadgeContent,
  t: Translate,
  language?: BadgeLanguage,
): HTMLButtonElement {
  const pill = blankPill();
  if (language) {
    pill.lang = language.lang;
    pill.dir = language.dir;
  }
  const [icon, stage] = pill.children as unknown as [HTMLElement, HTMLElement];
  const { view, state, incomplete } = content;
  if (state !== 'ready' || !view) {
    const placeholder = PLACEHOLDER[state];
    pill.classList.add(`pill-${state}`);
    pill.dataset.stage = '';
    pill.dataset.category = '';
    pill.dataset.overridden = 'false';
    pill.dataset.state = state;
    pill.setAttribute('aria-label', t(placeholder.key));
    if (state === 'pending') pill.setAttribute('aria-busy', 'true');
    icon.textContent = placeholder.symbol;
    stage.textContent = 'Rung';
    return pill;
  }
  pill.dataset.stage = view.stage;
  pill.dataset.category = view.category;
  pill.dataset.overridden = String(view.overridden);
  pill.dataset.state = 'ready';
  pill.setAttribute('aria-label', readyLabel(view, incomplete, t));
  icon.textContent = CATEGORY_LOOKS[view.category].icon;
  stage.textContent = t(STAGE_SHORT_KEYS[view.stage]);
  for (const marker of badgeMarkers(view, incomplete)) {
    const sign = document.createElement('span');
    sign.className = `marker marker-${marker.kind}`;
    sign.setAttribute('aria-hidden', 'true');
    sign.textContent = marker.symbol;
    pill.append(sign);
  }
  return pill;
}

/**
 * `buildPill`, remembered: a pill depends only on the stage, the category and its label,
 * the caveats and the state, never on who the customer is, so a list of 1,000 rows has a
 * handful of distinct pills. Each badge gets a deep clone of the prepared one: one
 * native call instead of a dozen attribute and text writes.
 */
export function pillMaker(
  t: Translate,
  language?: BadgeLanguage,
): (content: BadgeContent) => HTMLButtonElement {
  const prepared = new Map<string, HTMLButtonElement>();
  return (content) => {
    const { view, state, incomplete } = content;
    const id = view
      ? [
          state,
          incomplete,
          view.stage,
          view.category,
          view.categoryLabel,
          view.overridden,
          view.disagrees,
          view.confidence,
        ].join('\u0000')
      : `${state}|${incomplete}`;
    let pill = prepared.get(id);
    if (!pill) {
      // Custom labels are few, but a bound keeps a long session's memory flat.
      if (prepared.size > 500) prepared.clear();
      pill = buildPill(content, t, language);
      prepared.set(id, pill);
    }
    return pill.cloneNode(true) as HTMLButtonElement;
  };
}
