/**
 * What of a badge's result may enter a CRM page. Whatever a content script shows, a page
 * script may one day read (a bug, a future browser feature, a screen reader's text), so
 * staff-written words stay out of the page altogether: an override's note and the name of
 * who set it ("Set by Alice Staff: PRIVATE: legal dispute pending") become "Set by hand",
 * the words the badge's own marker says. The side panel, an extension page, shows the rest.
 */
import type { BadgeView } from '../messages/protocol';

const STAFF_REASON_KEY = 'badge_reason_set_by';
const NEUTRAL = { key: 'badge_marker_override', args: [] };

export function badgeViewForPage(view: BadgeView | null): BadgeView | null {
  if (!view?.topReasons.some((reason) => reason.key === STAFF_REASON_KEY)) return view;
  return {
    ...view,
    topReasons: view.topReasons.map((reason) =>
      reason.key === STAFF_REASON_KEY ? NEUTRAL : reason,
    ),
  };
}
