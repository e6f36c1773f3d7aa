/**
 * The badge tooltip's life: one open at a time, built on first need, shown in the top
 * layer as a popover (never clipped by the CRM's scrolling containers, above every
 * z-index), placed beside its pill, and dismissed the way WCAG 1.4.13 asks: it stays
 * while the pointer moves from the pill onto it, and Escape, leaving, blurring or
 * scrolling closes it.
 */
import { TIP_ID } from '../../components/badge/badge-tip';
import { tipPosition } from '../../components/badge/tip-position';

export interface TipOwner {
  host: HTMLElement;
  root: ShadowRoot;
}

type Popover = HTMLElement & { showPopover?: () => void; hidePopover?: () => void };

export function createTipController(
  /** A new tooltip for this badge, or null when it has nothing to say (pending, error). */
  build: (owner: TipOwner) => HTMLElement | null,
  direction: () => 'ltr' | 'rtl',
) {
  let open: { owner: TipOwner; tip: Popover } | null = null;

  function place(pill: Element, tip: HTMLElement) {
    const { top, left } = tipPosition(
      pill.getBoundingClientRect(),
      tip.getBoundingClientRect(),
      { width: window.innerWidth, height: window.innerHeight },
      direction(),
    );
    tip.style.setProperty('top', `${top}px`);
    tip.style.setProperty('left', `${left}px`);
  }

  function hide() {
    const shown = open;
    open = null;
    if (!shown?.tip.isConnected) return;
    try {
      shown.tip.hidePopover?.();
    } catch {
      // Already closed (the UA closes a popover whose element left the document).
    }
  }

  function show(owner: TipOwner) {
    if (open?.owner === owner && open.tip.isConnected) return;
    hide();
    const pill = owner.root.firstElementChild;
    let tip = owner.root.getElementById(TIP_ID) as Popover | null;
    if (!tip) {
      tip = build(owner);
      if (!pill || !tip) return;
      owner.root.append(tip);
      pill.setAttribute('aria-describedby', TIP_ID);
    }
    if (!pill) return;
    tip.showPopover?.();
    place(pill, tip);
    open = { owner, tip };
  }

  return {
    show,
    hide,
    /** Hide when the pointer or focus went somewhere outside this badge (`to`: where). */
    leave(owner: TipOwner, to: EventTarget | null) {
      // Outside the shadow tree, a target inside it is retargeted to its host.
      if (open?.owner === owner && to !== owner.host) hide();
    },
    // A tooltip whose badge left the page (a row re-rendered, pruned) is not open: the
    // next Escape belongs to the CRM.
    isOpen: () => open?.tip.isConnected === true,
  };
}
