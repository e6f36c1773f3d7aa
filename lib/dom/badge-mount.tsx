/**
 * Puts one badge beside each anchor element, in its own shadow root, and keeps it
 * there across re-reads: a host is reused when it already sits at its anchor with the
 * same customer, so re-scans never duplicate a badge. Hosts whose customer left
 * the page are removed. Styles come from one constructed stylesheet shared by all
 * shadow roots (cheap for 1,000 rows, and not subject to the page's style CSP).
 */
import { render } from 'preact';
import { Badge, type BadgeProps } from '../../components/badge/Badge';
import { BADGE_TAG } from './batched-observer';

export type BadgeState = Omit<BadgeProps, 't' | 'onOpen'>;

interface Mounted {
  host: HTMLElement;
  root: ShadowRoot;
  /** What was rendered last, so an unchanged badge is not rendered again. */
  signature: string;
}

/** Everything a badge shows, as one string: equal signatures render identically. */
function signatureOf({ view, state, incomplete }: BadgeState): string {
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
  props: Pick<BadgeProps, 't'> & { onOpen: (keyString: string) => void },
) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  const mounted = new Map<string, Mounted>();

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
    host.dataset.rungKey = keyString;
    const root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sheet];
    if (goesInside(anchor)) anchor.append(host);
    else anchor.after(host);
    const entry = { host, root, signature: '' };
    mounted.set(keyString, entry);
    return entry;
  }

  return {
    /** Render the badge for `keyString` after `anchor` (creating the host if needed). */
    show(anchor: Element, keyString: string, state: BadgeState) {
      const entry = hostAfter(anchor, keyString);
      const signature = signatureOf(state);
      if (entry.signature === signature) return;
      entry.signature = signature;
      render(<Badge {...state} t={props.t} onOpen={() => props.onOpen(keyString)} />, entry.root);
    },
    /** Remove every badge whose key is not in `keep` (customers no longer on the page). */
    prune(keep: ReadonlySet<string>) {
      for (const [keyString, entry] of mounted) {
        if (keep.has(keyString) && entry.host.isConnected) continue;
        render(null, entry.root);
        entry.host.remove();
        mounted.delete(keyString);
      }
      // Hosts a previous content script left behind (extension reloaded) are not ours to keep.
      for (const stray of document.querySelectorAll(BADGE_TAG)) {
        const key = (stray as HTMLElement).dataset.rungKey;
        if (!key || mounted.get(key)?.host !== stray) stray.remove();
      }
    },
    removeAll() {
      this.prune(new Set());
    },
  };
}
