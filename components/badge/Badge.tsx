/**
 * The pill beside a customer's name on a CRM page. Rendered by the content script
 * inside a shadow root (host `<rung-badge>`), styled only by badge.css.
 *
 * Everything shown here that came from a page (category label, headline, reasons)
 * goes through JSX text nodes, so a hostile name or note can never become markup.
 * The tooltip is absolutely positioned inside the host, so opening it never moves
 * the CRM's own layout.
 */
import type { BadgeView } from '../../lib/messages/protocol';
import type { Translate } from '../../lib/i18n/translate';
import { STAGE_LABEL_KEYS, STAGE_SHORT_KEYS } from '../../lib/i18n/keys';
import { CATEGORY_LOOKS } from './categoryLook';
import { badgeMarkers } from './badgeMarkers';
import { badgeCategoryName } from './badgeCategoryName';

export interface BadgeProps {
  view: BadgeView | null;
  state: 'pending' | 'ready' | 'error';
  incomplete: boolean;
  t: Translate;
  onOpen: () => void;
}

const TOOLTIP_ID = 'rung-badge-tip';

export function Badge({ view, state, incomplete, t, onOpen }: BadgeProps) {
  if (state !== 'ready' || !view) {
    return <PlaceholderPill state={state} t={t} onOpen={onOpen} />;
  }
  const look = CATEGORY_LOOKS[view.category];
  const markers = badgeMarkers(view, incomplete);
  const stageName = t(STAGE_LABEL_KEYS[view.stage]);
  const categoryName = badgeCategoryName(view, t);
  const label = [
    t('badge_label', [stageName, categoryName]),
    ...markers.map((marker) => t(marker.labelKey)),
    t('badge_open_hint'),
  ].join('. ');
  return (
    <span class="wrap">
      <button
        type="button"
        class="pill"
        data-testid="rung-badge"
        data-stage={view.stage}
        data-category={view.category}
        data-overridden={String(view.overridden)}
        data-state="ready"
        aria-label={label}
        aria-describedby={TOOLTIP_ID}
        onClick={onOpen}
      >
        <span class="icon" aria-hidden="true">
          {look.icon}
        </span>
        <span class="stage">{t(STAGE_SHORT_KEYS[view.stage])}</span>
        {markers.map((marker) => (
          <span key={marker.kind} class={`marker marker-${marker.kind}`} aria-hidden="true">
            {marker.symbol}
          </span>
        ))}
      </button>
      <span class="tip" role="tooltip" id={TOOLTIP_ID}>
        <span class="tip-title">
          {stageName} · {categoryName}
        </span>
        <span class="tip-headline">{view.treatmentHeadline}</span>
        {view.topReasons.slice(0, 2).map((reason, index) => (
          <span key={index} class="tip-reason">
            {reason}
          </span>
        ))}
      </span>
    </span>
  );
}

function PlaceholderPill({ state, t, onOpen }: Pick<BadgeProps, 'state' | 't' | 'onOpen'>) {
  // Ready without a view: the customer has neither id nor e-mail, so Rung cannot key it.
  const key =
    state === 'pending' ? 'badge_pending' : state === 'error' ? 'badge_error' : 'badge_unknown';
  const symbol = state === 'pending' ? '…' : state === 'error' ? '!' : '?';
  return (
    <span class="wrap">
      <button
        type="button"
        class={`pill pill-${state}`}
        data-testid="rung-badge"
        data-stage=""
        data-category=""
        data-overridden="false"
        data-state={state}
        aria-label={t(key)}
        aria-busy={state === 'pending' ? 'true' : undefined}
        onClick={onOpen}
      >
        <span class="icon" aria-hidden="true">
          {symbol}
        </span>
        <span class="stage">Rung</span>
      </button>
    </span>
  );
}
