/**
 * One content script's life on a CRM tab: read the page, show a badge per customer,
 * and keep both true as the SPA navigates, lazy cards arrive and results change.
 *
 * Flow per read: the adapter reads the page (pure); badges appear at once as pending;
 * cached results come back from `badges.lookup` (fast, read-only); the merged,
 * reclassified results follow from `page.observed`. A read identical to the last one
 * is not sent again, so an idle page costs nothing.
 *
 * Sending goes through a gate shared by every session of the tab (./send-gate.ts): one
 * read at a time, the latest replacing one still waiting. A read is sent in parts of
 * PART_SIZE customers, so a list of any length fits the background's message bounds and
 * each part's badges fill as its answer arrives. A part whose message was lost (the
 * service worker stopped mid-read) is sent again: the next message starts a new worker.
 */
import type { PageRead } from '../reading/types';
import { BackgroundError, sendMessage } from '../messages/client';
import type { BadgeView } from '../messages/protocol';
import { customerKeyString } from '../domain/customer-key';
import type { CustomerKey } from '../domain/profile';
import type { createBadgeMounter } from '../dom/badge-mount';
import type { SendGate } from './send-gate';

type Mounter = ReturnType<typeof createBadgeMounter>;

/** Customers per message: well inside the background's bound of 5,000 per read. */
export const PART_SIZE = 1_000;
/** Waits before sending a lost message again; the first wakes a stopped worker. */
export const RESEND_AFTER_MS = [200, 1_000] as const;
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
  gate: SendGate,
  /** Asked when a message failed: false once the extension is gone (updated, removed). */
  stillAlive: () => boolean = () => true,
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

  /** Sends again a message lost on the way (not one the background answered with an error). */
  async function withResend<T>(send: () => Promise<T>, forSent: number): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await send();
      } catch (error) {
        const lost = !(error instanceof BackgroundError);
        const wait = RESEND_AFTER_MS[attempt];
        if (!lost || wait === undefined || forSent !== sent || !stillAlive()) throw error;
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  }

  /**
   * 'fill': cached results only fill badges the fresher page.observed reply has not
   * filled. 'replace': results changed everywhere (settings, an override).
   */
  async function lookup(
    keys: CustomerKey[],
    offset: number,
    forSent: number,
    mode: 'fill' | 'replace',
  ) {
    const { badges } = await sendMessage('badges.lookup', { keys });
    if (forSent !== sent) return;
    badges.forEach((badge, i) => {
      if (mode === 'replace' || !views[offset + i]) views[offset + i] = badge;
    });
  }

  async function observe(scrape: PageRead['scrape'], forSent: number) {
    const customers = scrape.customers;
    for (
      let offset = 0, part = 0;
      offset < customers.length || part === 0;
      offset += PART_SIZE, part++
    ) {
      if (forSent !== sent || signal.aborted) return;
      const slice = { ...scrape, customers: customers.slice(offset, offset + PART_SIZE) };
      const { badges } = await withResend(
        () => sendMessage('page.observed', { url: location.href, scrape: slice, part }),
        forSent,
      );
      if (forSent !== sent) return;
      badges.forEach((badge, i) => (views[offset + i] = badge));
      if (offset + PART_SIZE < customers.length) paint();
    }
  }

  function lookupAll(keys: CustomerKey[], forSent: number, mode: 'fill' | 'replace') {
    const parts: Promise<void>[] = [];
    for (let offset = 0; offset < keys.length; offset += PART_SIZE) {
      parts.push(lookup(keys.slice(offset, offset + PART_SIZE), offset, forSent, mode));
    }
    return Promise.all(parts);
  }

  /** What one read sends; resolves once the background answered (or gave up). */
  async function send(next: PageRead, thisSent: number) {
    if (thisSent !== sent || signal.aborted) return;
    void lookupAll(keysOf(next), thisSent, 'fill')
      .catch(() => undefined)
      .then(() => {
        if (thisSent === sent) paint();
      });
    try {
      await observe(next.scrape, thisSent);
      if (thisSent !== sent) return;
      state = 'ready';
      paint();
    } catch (error) {
      if (signal.aborted || thisSent !== sent) return;
      console.warn('Rung: could not classify this page', error);
      state = 'error';
      paint();
    }
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
    // Badge slots go in pending, before the browser lays out the rows it was just given:
    // one table layout for both; the results then only fill fixed-size slots (badge.css),
    // which costs the CRM no second layout of its table. In a task of their own, right
    // after this one (ahead of the frame): the read and the slots in one task were 40–70
    // ms on a 1,000-row list, each apart stays well under the 50 ms of a long task.
    inNextTask(() => {
      if (thisSent === sent) paint();
    });
    gate.submit(() => send(next, thisSent));
  }

  function refresh() {
    const current = read;
    if (!current || signal.aborted) return;
    void lookupAll(keysOf(current), sent, 'replace')
      .then(paint)
      .catch(() => undefined);
  }

  return { rescan, refresh };
}
