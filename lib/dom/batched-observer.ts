/**
 * One MutationObserver per page, batched: bursts of mutations (a 1,000-row table
 * rendering, a card swapping in) become few callbacks. Mutations that only touch Rung's
 * own badge hosts are ignored, so mounting badges never triggers another read (which
 * hosts are Rung's is known from ./badge-host.ts, not from anything a page could copy).
 *
 * Timing, measured on 1,000-row lists (`npm run bench`, chromium-badges):
 * - The first burst after a quiet spell is read at once, in the observer's callback:
 *   reading costs ~15–20 ms and needs no layout (readers use textContent), and sending
 *   the look-up before the browser lays out the new rows (150–230 ms for such a table)
 *   lets the answer arrive while it does. Waiting for the frame put the whole layout
 *   before Rung's first step.
 * - More mutations soon after are read once, in a task of their own right after the
 *   next frame, not inside its requestAnimationFrame: there the read would lengthen the
 *   very task in which the browser lays out the CRM's rows.
 */
import { isBadgeHost } from './badge-host';

/** A burst this long after the last read is read at once; sooner ones wait for a frame. */
export const QUIET_MS = 100;

const isOwnNode = (node: Node) => isBadgeHost(node);

/** Cheapest test first: mounting a list's badges yields one record per badge host. */
function isOwnMutation(record: MutationRecord): boolean {
  if (record.type === 'childList') {
    const { addedNodes, removedNodes } = record;
    const total = addedNodes.length + removedNodes.length;
    if (total > 0) {
      let own = true;
      for (let i = 0; own && i < addedNodes.length; i++) own = isOwnNode(addedNodes[i]!);
      for (let i = 0; own && i < removedNodes.length; i++) own = isOwnNode(removedNodes[i]!);
      if (own) return true;
    }
  }
  // Changes inside a badge happen in its closed shadow root, which no document observer sees.
  return isBadgeHost(record.target);
}

export function observeBatched(root: Node, onChange: () => void, signal: AbortSignal): void {
  let scheduled = false;
  let lastRead = Number.NEGATIVE_INFINITY;
  const read = () => {
    scheduled = false;
    lastRead = performance.now();
    if (!signal.aborted) onChange();
  };
  const observer = new MutationObserver((records) => {
    if (scheduled || records.every(isOwnMutation)) return;
    if (performance.now() - lastRead >= QUIET_MS) {
      read();
      return;
    }
    scheduled = true;
    requestAnimationFrame(() => setTimeout(read, 0));
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
