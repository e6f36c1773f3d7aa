/**
 * Page reads go to the background through this gate: one at a time, the latest waiting
 * read replacing any older one (a read superseded before it was sent is never sent), and
 * no more than `burst` in quick succession, then one per `spacingMs`. A page that
 * re-renders or navigates without pause (a hostile one: 300 `pushState` calls) costs the
 * background a few reads a second, not 300, and other tabs' answers are not held up.
 * Ordinary pages never wait: a navigation and the lazy cards after it stay within the burst.
 */

export interface SendGateOptions {
  burst: number;
  spacingMs: number;
  now?: () => number;
}

export const PAGE_READ_GATE: SendGateOptions = { burst: 4, spacingMs: 500 };

export function createSendGate({
  burst,
  spacingMs,
  now = () => performance.now(),
}: SendGateOptions) {
  let tokens = burst;
  let refilledAt = now();
  let running = false;
  let waiting: (() => Promise<void>) | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const refill = () => {
    const at = now();
    tokens = Math.min(burst, tokens + (at - refilledAt) / spacingMs);
    refilledAt = at;
  };

  function pump() {
    if (running || !waiting || timer) return;
    refill();
    if (tokens < 1) {
      timer = setTimeout(
        () => {
          timer = null;
          pump();
        },
        Math.ceil((1 - tokens) * spacingMs),
      );
      return;
    }
    tokens -= 1;
    const task = waiting;
    waiting = null;
    running = true;
    void task()
      .catch(() => undefined)
      .finally(() => {
        running = false;
        pump();
      });
  }

  return {
    /** Send `task` when the gate allows; a task still waiting is dropped for this one. */
    submit(task: () => Promise<void>) {
      waiting = task;
      pump();
    },
    /** Nothing more is sent (the script was invalidated). */
    close() {
      waiting = null;
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}

export type SendGate = ReturnType<typeof createSendGate>;
