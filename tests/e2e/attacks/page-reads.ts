/**
 * Counting the page reads (`page.observed` messages) Rung's service worker receives, by
 * adding a listener of its own in the worker that only counts (it answers nothing, so
 * Rung's own listener still replies).
 */
import type { Worker } from 'playwright-core';

export async function countPageReads(worker: Worker): Promise<() => Promise<number>> {
  await worker.evaluate(() => {
    const g = globalThis as unknown as {
      rungTestReads?: number;
      chrome: { runtime: { onMessage: { addListener(f: (m: unknown) => void): void } } };
    };
    if (g.rungTestReads !== undefined) return;
    g.rungTestReads = 0;
    g.chrome.runtime.onMessage.addListener((message) => {
      if ((message as { type?: string } | null)?.type === 'page.observed') g.rungTestReads! += 1;
    });
  });
  return () =>
    worker.evaluate(() => (globalThis as unknown as { rungTestReads: number }).rungTestReads);
}
