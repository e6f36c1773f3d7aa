/**
 * One MutationObserver per page, batched: bursts of mutations (a 1,000-row table
 * rendering, a card swapping in) become one callback per animation frame. Mutations
 * that only touch Rung's own badge hosts are ignored, so mounting badges never
 * triggers another read.
 */
export const BADGE_TAG = 'rung-badge';

const isOwnNode = (node: Node) =>
  node.nodeType === Node.ELEMENT_NODE && (node as Element).localName === BADGE_TAG;

function isOwnMutation(record: MutationRecord): boolean {
  if (record.target.nodeType === Node.ELEMENT_NODE) {
    const target = record.target as Element;
    if (target.localName === BADGE_TAG || target.closest?.(BADGE_TAG)) return true;
  }
  if (record.type !== 'childList') return false;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every(isOwnNode);
}

export function observeBatched(root: Node, onChange: () => void, signal: AbortSignal): void {
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (!signal.aborted) onChange();
  };
  const observer = new MutationObserver((records) => {
    if (scheduled || records.every(isOwnMutation)) return;
    scheduled = true;
    requestAnimationFrame(flush);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
