/**
 * Stops Rung's service worker at once (CDP `Target.closeTarget` on its target, the way
 * Chromium's idle timeout ends it), without the harness's restart dance, so a test can
 * land the stop inside a short operation. The next extension event starts a new worker.
 */
import type { Page } from 'playwright-core';

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

export async function stopWorkerNow(page: Page, extensionId: string): Promise<void> {
  const session = await page.context().newCDPSession(page);
  try {
    const { targetInfos } = (await session.send('Target.getTargets')) as {
      targetInfos: TargetInfo[];
    };
    const worker = targetInfos.find(
      (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`),
    );
    if (!worker) throw new Error('Rung has no running service worker to stop');
    await session.send('Target.closeTarget', { targetId: worker.targetId });
  } finally {
    await session.detach().catch(() => undefined);
  }
}
