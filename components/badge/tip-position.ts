/**
 * Where the badge's tooltip goes. It lives in the top layer (a popover), so it is never
 * clipped by the CRM's scrolling tables, and is placed in viewport coordinates: below the
 * pill, starting at its leading edge; above it when there is no room below; always kept
 * inside the viewport.
 */
export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export const TIP_GAP = 6;
const MARGIN = 4;

export function tipPosition(
  pill: Box,
  tip: { width: number; height: number },
  viewport: { width: number; height: number },
  direction: 'ltr' | 'rtl',
): { top: number; left: number } {
  const below = pill.bottom + TIP_GAP;
  const above = pill.top - TIP_GAP - tip.height;
  const fitsBelow = below + tip.height <= viewport.height - MARGIN;
  const top = fitsBelow || above < MARGIN ? below : above;
  const leading = direction === 'rtl' ? pill.right - tip.width : pill.left;
  const maxLeft = Math.max(MARGIN, viewport.width - MARGIN - tip.width);
  return { top, left: Math.min(Math.max(leading, MARGIN), maxLeft) };
}
