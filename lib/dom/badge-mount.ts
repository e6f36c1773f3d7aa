/**
 * Puts one badge beside each anchor element, in its own closed shadow root
 * (./badge-host.ts), and keeps it there across re-reads: a host is reused when it already
 * sits at its place with the same customer, so re-scans never duplicate a badge. Hosts
 * whose customer left the page are removed. Styles come from one constructed stylesheet
 * shared by all shadow roots (cheap for 1,000 rows, and not subject to the page's style CSP).
 *
 * Events are listened for once, on the window in the capture phase, not per badge (3,000
 * listeners for a 1,000-row list): a click (or Enter, which clicks a button) on a badge
 * opens its customer, and goes no further, so the CRM's own row handler does not also
 * navigate; hover and focus show the badge's tooltip (./badge-tooltip.ts). A badge is
 * found by its host on the event's composed path. Only events the browser made from what
 * the user did count (`isTrusted`): a page script dispatching `pointerover` or `click` at
 * a host neither builds a tooltip nor opens the side panel.
 */
import { pillMaker, type BadgeContent } from '../../components/badge/badge-pill';
import { buildTip } from '../../components/badge/badge-tip';
import type { Translate } from '../i18n/translate';
import { BADGE_HOST_ATTR, createBadgeHost, isBadgeHost } from './badge-host';
import { badgePlace, isPlaced, putAt, type BadgePlace } from './badge-place';
import { createTipController, type TipOwner } from './badge-tooltip';

export type BadgeState = BadgeContent;

interface Mounted extends TipOwner {
  keyString: string;
  /** Where the host was put, so a re-read can tell whether it still stands there. */
  place: BadgePlace;
  /** What was rendered last, so an unchanged badge is not rendered again. */
  signature: string;
  content: BadgeContent;
}

/** Everything a badge shows, as one string: equal signatures render identically. */
function signatureOf({ view, state, incomplete }: BadgeContent): string {
  if (!view) return `${state}|${incomplete}`;
  return [
    state,
    incomplete,
    view.stage,
    view.category,
    view.categoryLabel,
    view.treatmentHeadline,
    view.confidence,
    view.overridden,
    view.disagrees,
    ...view.topReasons,
  ].join('\u0000');
}

export interface MounterOptions {
  /** Whether an event came from the user; unit tests stand in for the browser here. */
  isTrusted?: (event: Event) => boolean;
}

export function createBadgeMounter(
  css: string,
  props: {
    t: Translate;
    /** The user's language, for numbers, money and dates in the tooltip's sentences. */
    locale: string;
    /** The user's language's direction: a right-to-left tooltip starts at the pill's right. */
    direction: 'ltr' | 'rtl';
    onOpen: (keyString: string) => void;
  },
  { isTrusted = (event) => event.isTrusted }: MounterOptions = {},
) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  const sheets = [sheet];
  const mounted = new Map<string, Mounted>();
  const byHost = new WeakMap<Node, Mounted>();
  const makePill = pillMaker(props.t, { lang: props.locale, dir: props.direction });

  // Hosts a previous content script left behind (the extension was updated) are not ours.
  for (const stray of document.querySelectorAll(`[${BADGE_HOST_ATTR}]`)) stray.remove();

  /** The badge a user's event came from (its host is on the event's composed path). */
  const badgeOf = (event: Event): Mounted | undefined => {
    if (!isTrusted(event)) return undefined;
    for (const node of event.composedPath()) {
      if (isBadgeHost(node as Node)) return byHost.get(node as Node);
    }
    return undefined;
  };
  const onClick = (event: Event) => {
    const entry = badgeOf(event);
    if (!entry) return;
    // Neither the CRM's row handler nor a link around the badge acts on this click.
    event.stopPropagation();
    event.preventDefault();
    props.onOpen(entry.keyString);
  };
  const tips = createTipController(
    (owner) => {
      const { content } = owner as Mounted;
      return content.view && content.state === 'ready'
        ? buildTip(content.view, props.t, props.locale, props.direction)
        : null;
    },
    () => props.direction,
  );
  const onEnter = (event: Event) => {
    const entry = badgeOf(event);
    if (entry) tips.show(entry);
  };
  const onLeave = (event: Event) => {
    if (!isTrusted(event)) return;
    const entry = badgeOf(event);
    if (entry) tips.leave(entry, (event as PointerEvent | FocusEvent).relatedTarget);
  };
  const onKey = (event: Event) => {
    if (!isTrusted(event)) return;
    if ((event as KeyboardEvent).key !== 'Escape' || !tips.isOpen()) return;
    // The Escape closed our tooltip: it should not also close the CRM's dialog.
    event.stopPropagation();
    tips.hide();
  };
  const onScroll = () => tips.hide();
  const listeners: [string, (event: Event) => void][] = [
    ['click', onClick],
    ['pointerover', onEnter],
    ['focusin', onEnter],
    ['pointerout', onLeave],
    ['focusout', onLeave],
    ['keydown', onKey],
    ['scroll', onScroll],
  ];
  for (const [type, listener] of listeners) {
    window.addEventListener(type, listener, { capture: true, passive: type === 'scroll' });
  }

  function hostAt(anchor: Element, keyString: string): Mounted {
    const place = badgePlace(anchor);
    const existing = mounted.get(keyString);
    if (existing && existing.host.isConnected && isPlaced(existing.host, place)) {
      existing.place = place;
      return existing;
    }
    existing?.host.remove();
    const { host, root } = createBadgeHost(sheets);
    const entry: Mounted = {
      host,
      root,
      keyString,
      place,
      signature: '',
      content: { view: null, state: 'pending', incomplete: false },
    };
    putAt(host, place);
    mounted.set(keyString, entry);
    byHost.set(host, entry);
    return entry;
  }

  return {
    /** Show the badge for `keyString` beside `anchor` (creating the host if needed). */
    show(anchor: Element, keyString: string, content: BadgeContent) {
      const entry = hostAt(anchor, keyString);
      const signature = signatureOf(content);
      if (entry.signature === signature) return;
      entry.signature = signature;
      entry.content = content;
      const hadFocus = entry.root.activeElement !== null;
      tips.leave(entry, null);
      // The old tooltip (if it was built) described the old result: it goes with the pill.
      entry.root.replaceChildren(makePill(content));
      if (hadFocus) (entry.root.firstElementChild as HTMLElement | null)?.focus();
    },
    /** Remove every badge whose key is not in `keep` (customers no longer on the page). */
    prune(keep: ReadonlySet<string>) {
      for (const [keyString, entry] of mounted) {
        if (keep.has(keyString) && entry.host.isConnected) continue;
        entry.host.remove();
        mounted.delete(keyString);
      }
    },
    removeAll() {
      this.prune(new Set());
    },
    /** Remove every badge and stop listening (the content script was invalidated). */
    dispose() {
      this.removeAll();
      tips.hide();
      for (const [type, listener] of listeners) window.removeEventListener(type, listener, true);
    },
  };
}
