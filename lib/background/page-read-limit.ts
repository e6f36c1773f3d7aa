/**
 * The background's own bound on page reads, per tab: the content script already sends
 * one read at a time (lib/content/send-gate.ts), but the background does not rely on a
 * script running in a page it does not control. Each tab may send `burst` reads in quick
 * succession, then one per `spacingMs`; a read over that waits, and a read still waiting
 * when the same tab sends another is dropped for the newer one (it would only be
 * overwritten). So one tab flooding the worker delays only itself.
 */

export class SupersededReadError extends Error {
  override name = 'SupersededReadError';
  /** A machine code: the router passes the message on rather than a generic one. */
  readonly code = 'superseded';
  constructor() {
    super('A newer read of this page replaced this one.');
  }
}

export interface PageReadLimitOptions {
  burst: number;
  spacingMs: number;
  now?: () => number;
}

/** Looser than the content script's gate, so a script that keeps to its own never waits. */
export const PAGE_READ_LIMIT: PageReadLimitOptions = { burst: 12, spacingMs: 250 };

interface TabBudget {
  tokens: number;
  at: number;
  /** The read waiting for a token, if any: rejecting it drops it. */
  waiting: { reject: (error: Error) => void; timer: ReturnType<typeof setTimeout> } | null;
}

export function createPageReadLimit({
  burst,
  spacingMs,
  now = () => Date.now(),
}: PageReadLimitOptions) {
  const tabs = new Map<number, TabBudget>();

  const budgetOf = (tabId: number): TabBudget => {
    let budget = tabs.get(tabId);
    if (!budget) {
      budget = { tokens: burst, at: now(), waiting: null };
      tabs.set(tabId, budget);
    }
    const at = now();
    budget.tokens = Math.min(burst, budget.tokens + (at - budget.at) / spacingMs);
    budget.at = at;
    return budget;
  };

  return {
    /** Resolves when this tab's read may run; rejects if a newer read replaced it. */
    admit(tabId: number): Promise<void> {
      const budget = budgetOf(tabId);
      if (budget.waiting) {
        clearTimeout(budget.waiting.timer);
        budget.waiting.reject(new SupersededReadError());
        budget.waiting = null;
      }
      if (budget.tokens >= 1) {
        budget.tokens -= 1;
        return Promise.resolve();
      }
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => {
            budget.waiting = null;
            budgetOf(tabId).tokens -= 1;
            resolve();
          },
          Math.ceil((1 - budget.tokens) * spacingMs),
        );
        budget.waiting = { reject, timer };
      });
    },
    /** The tab closed: its budget goes with it. */
    forget(tabId: number) {
      const budget = tabs.get(tabId);
      if (budget?.waiting) clearTimeout(budget.waiting.timer);
      tabs.delete(tabId);
    },
  };
}

export type PageReadLimit = ReturnType<typeof createPageReadLimit>;
