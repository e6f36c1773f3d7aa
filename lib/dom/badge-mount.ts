/**
 * Puts one badge beside each anchor element, in its own shadow root, and keeps it
 * there across re-reads: a host is reused when it already sits at its anchor with the
 * same customer, so re-scans never duplicate a badge. Hosts whose customer left
 * the page are removed. Styles come from one constructed stylesheet shared by all
 * shadow roots (cheap for 1,000 rows, and not subject to the page's style CSP).
 *
 * Events are listened for once, on the window in the capture phase, not per badge (3,000
 * listeners for a 1,000-row list): a click (or Enter, which clicks a button) on a badge
 * opens its customer, and goes no further, so the CRM's own row handler does not also
 * navigate; hover and focus show the badge's tooltip (./badge-tooltip.ts). A badge is
 * found by its host on the event's composed path.
 */
import { pillMaker, type BadgeContent } from '../../components/badge/badge-pill';
import { buildTip } from '../../components/badge/badge-tip';
import type { Translate } from '../i18n/translate';
import { createTipController, type TipOwner } from './badge-tooltip';
import { BADGE_TAG } from './batched-observer';

export type BadgeState = BadgeContent;

interface Mounted extends TipOwner {
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
) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  const sheets = [sheet];
  const mounted = new Map<string, Mounted>();
  const makePill = pillMaker(props.t, { lang: props.locale, dir: props.direction });
  // Live: its length tells whether any host is not ours without querying the document.
  const hostsOnPage = document.getElementsByTagName(BADGE_TAG);

  /** The badge an event came from, if it is one of ours (its host is on the event's path). */
  const badgeOf = (event: Event): Mounted | undefined => {
    for (const node of event.composedPath()) {
      if ((node as Element).localName !== BADGE_TAG) continue;
      const entry = mounted.get((node as HTMLElement).dataset.rungKey ?? '');
      return entry?.host === node ? entry : undefined;
    }
    return undefined;
  };
  const onClick = (event: Event) => {
    const entry = badgeOf(event);
    if (!entry) return;
    event.stopPropagation();
    props.onOpen(entry.host.dataset.rungKey ?? '');
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
    const entry = badgeOf(event);
    if (entry) tips.leave(entry, (event as PointerEvent | FocusEvent).relatedTarget);
  };
  const onKey = (event: Event) => {
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

  /**
   * Beside the name: inside a heading (so a record title and its badge share a line),
   * right after anything else (a name link in a list row).
   */
  const goesInside = (anchor: Element) => /^H[1-6]$/.test(anchor.tagName);
  const isPlaced = (host: HTMLElement, anchor: Element) =>
    goesInside(anchor) ? host.parentElement === anchor : host.previousElementSibling === anchor;

  function hostAfter(anchor: Element, keyString: string): Mounted {
    const existing = mounted.get(keyString);
    if (existing && existing.host.isConnected && isPlaced(existing.host, anchor)) {
      return existing;
    }
    existing?.host.remove();
    const host = document.createElement(BADGE_TAG);
    host.setAttribute('data-rung-key', keyString);
    const root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = sheets;
    const entry: Mounted = {
      host,
      root,
      signature: '',
      content: { view: null, state: 'pending', incomplete: false },
    };
    if (goesInside(anchor)) anchor.append(host);
    else anchor.after(host);
    mounted.set(keyString, entry);
    return entry;
  }

  return {
    /** Show the badge for `keyString` after `anchor` (creating the host if needed). */
    show(anchor: Element, keyString: string, content: BadgeContent) {
      const entry = hostAfter(anchor, keyString);
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
      // Hosts a previous content script left behind (extension reloaded) are not ours to keep.
      if (hostsOnPage.length === mounted.size) return;
      for (const stray of [...hostsOnPage]) {
        const key = (stray as HTMLElement).dataset.rungKey;
        if (!key || mounted.get(key)?.host !== stray) stray.remove();
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
