/**
 * The small signs after the stage in the pill. Each has a symbol for the eye and a
 * message key for the accessible name, so screen-reader users hear the same caveats.
 */
import { isProvisionalKey } from '../../lib/crms/woocommerce/provisional';
import type { BadgeView } from '../../lib/messages/protocol';

export interface BadgeMarker {
  kind: 'override' | 'disagrees' | 'low-confidence' | 'incomplete' | 'provisional';
  symbol: string;
  labelKey: string;
}

export function badgeMarkers(view: BadgeView, incomplete: boolean): BadgeMarker[] {
  const markers: BadgeMarker[] = [];
  if (view.overridden) {
    markers.push({ kind: 'override', symbol: '✎', labelKey: 'badge_marker_override' });
    // Only worth a second sign when the rules would now say something else.
    if (view.disagrees) {
      markers.push({ kind: 'disagrees', symbol: '≠', labelKey: 'badge_marker_disagrees' });
    }
  }
  if (view.confidence === 'low') {
    markers.push({ kind: 'low-confidence', symbol: '?', labelKey: 'badge_marker_low_confidence' });
  }
  // A buyer known only by the name on an orders-list row, until an order names them.
  if (isProvisionalKey(view.key)) {
    markers.push({ kind: 'provisional', symbol: '~', labelKey: 'badge_marker_provisional' });
  }
  if (incomplete) {
    markers.push({ kind: 'incomplete', symbol: '◔', labelKey: 'badge_marker_incomplete' });
  }
  return markers;
}
