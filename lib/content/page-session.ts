/**
 * One content script's life on a CRM tab: read the page, show a badge per customer,
 * and keep both true as the SPA navigates, lazy cards arrive and results change.
 *
 * Flow per read: the adapter reads the page (pure); badges appear at once as pending;
 * cached results come back from one `badges.lookup` (fast, read-only); the merged,
 * reclassified results follow from `page.observed`. A read identical to the last one
 * is not sent again, so an idle page costs nothing.
 */
import type { PageRead } from '../reading/types';
import { sendMessage } from '../messages/client';
import type { BadgeView } from '../messages/protocol';
import { customerKeyString } from '../domain/customer-key';
import type { CustomerKey } from '../domain/profile';
import type { createBadgeMounter } from '../dom/badge-mount';

type Mounter = ReturnType<typeof createBadgeMounter>;

export interface PageSession {
  /** Re-read the page now (after a mutation burst). */
  rescan(): void;
  /** Results changed in the background (settings, overrides): re-query the badges. */
  refresh(): void;
}

/** Runs `run` in a new task, ahead of timers and frames (a MessageChannel message). */
function inNextTask(run: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    run();
  };
  channel.port2.postMessage(null);
}

/** Reads the current page: the content script's own adapters over the document. */
export type PageReader = (document: Document, url: string) => PageRead | null;

export function createPageSession(
  readPage: PageReader,
  mounter: Mounter,
  signal: AbortSignal,
  /** Filled with every customer shown, so a badge click can name its customer. */
  keysByString: Map<string, CustomerKey>,
): PageSession {
  let lastSent = '';
  // Numbers the reads sent to the background. A reply counts only for the last one sent:
  // a rescan that finds the same customers (an avatar loaded, a spinner turned) replaces
  // `read` for its fresh anchors but sends nothing, so the replies still in flight are
  // still the answer; a changed read makes them stale.
  let sent = 0;
  let read: PageRead | null = null;
  /** Results for `read`'s customers, by index (the last sent read has the same ones). */
  let views: (BadgeView | null)[] = [];
  /** How badges without a result show: waiting for the last sent read's reply, or not. */
  let state: 'pending' | 'ready' | 'error' = 'pending';

  const keysOf = (r: PageRead) => r.scrape.customers.map((c) => c.key);

  /**
   * Show every badge, then drop badges of customers gone. One pass, not sliced: each
   * slice would let the CRM's table lay itself out again, which costs far more than the
   * rendering (measured: 2.6 s instead of 0.8 s for 1,000 rows).
   */
  function paint() {
    const current = read;
    if (!current || signal.aborted) return;
    const incomplete = current.scrape.diagnostics.length > 0;
    const keep = new Set<string>();
    const seen = new Map<string, number>();
    current.anchors.forEach((anchor, index) => {
      const customer = current.scrape.customers[index];
      if (!anchor || !customer) return;
      const keyString = customerKeyString(customer.key);
      keysByString.set(keyString, customer.key);
      // The same customer may stand in several rows (an orders list): one badge per row.
      const occurrence = seen.get(keyString) ?? 0;
      seen.set(keyString, occurrence + 1);
      const mountId = `${keyString}#${occurrence}`;
      keep.add(mountId);
      const view = views[index] ?? null;
      const badgeState = { view, state: view ? ('ready' as const) : state, incomplete };
      mounter.show(anchor, mountId, badgeState);
    });
    mounter.prune(keep);
  }

  /**
   * 'fill': cached results only fill badges the fresher page.observed reply has not
   * filled. 'replace': results changed everywhere (settings, an override).
   */
  async function lookup(keys: CustomerKey[], forSent: number, mode: 'fill' | 'replace') {
    const { badges } = await sendMessage('badges.lookup', { keys });
    if (forSent !== sent) return;
    views = mode === 'replace' ? badges : badges.map((b, i) => views[i] ?? b);
  }

  async function observe(scrape: PageRead['scrape'], forSent: number) {
    const { badges } = await sendMessage('page.observed', { url: location.href, scrape });
    if (forSent === sent) views = badges;
  }

  function rescan() {
    if (signal.aborted) return;
    const next = readPage(document, location.href);
    if (!next) {
      read = null;
      mounter.removeAll();
      return;
    }
    const fingerprint = JSON.stringify(next.scrape);
    const changed = fingerprint !== lastSent;
    if (changed) {
      // Keep the views of customers that stay on the page while the new results load.
      const previous = new Map(
        read?.scrape.customers.map((c, i) => [customerKeyString(c.key), views[i] ?? null]) ?? [],
      );
      views = next.scrape.customers.map((c) => previous.get(customerKeyString(c.key)) ?? null);
    }
    read = next;
    if (!changed) {
      paint();
      return;
    }
    lastSent = fingerprint;
    sent += 1;
    const thisSent = sent;
    state = 'pending';
    void lookup(keysOf(next), thisSent, 'fill')
      .catch(() => undefined)
      .then(paint);
    const observed = observe(next.scrape, thisSent);
    // Badge slots go in pending, before the browser lays out the rows it was just given:
    // one table layout for both; the results then only fill fixed-size slots (badge.css),
    // which costs the CRM no second layout of its table. In a task of their own, right
    // after this one (ahead of the frame): the read and the slots in one task were 40–70
    // ms on a 1,000-row list, each apart stays well under the 50 ms of a long task.
    inNextTask(() => {
      if (thisSent === sent) paint();
    });
    observed
      .then(() => {
        if (thisSent !== sent) return;
        state = 'ready';
        paint();
      })
      .catch((error: unknown) => {
        if (signal.aborted || thisSent !== sent) return;
        console.warn('Rung: could not classify this page', error);
        state = 'error';
        paint();
      });
  }

  function refresh() {
    const current = read;
    if (!current || signal.aborted) return;
    void lookup(keysOf(current), sent, 'replace')
      .then(paint)
      .catch(() => undefined);
  }

  return { rescan, refresh };
}
