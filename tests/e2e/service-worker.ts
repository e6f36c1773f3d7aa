/**
 * Restarting the extension's MV3 service worker the way Chromium does when it idles, so
 * tests can prove that state survives. Findings on Chromium 156 (2026-11-23):
 * - `chrome.runtime.reload()` is too much: it reloads the extension and closes its pages.
 * - CDP `ServiceWorker.stopAllWorkers` from a page session does not reach extension
 *   workers (they stay up).
 * - CDP `Target.closeTarget` on the worker's `service_worker` target, sent through any
 *   page's CDP session, stops it (`{ success: true }`), as Puppeteer's `worker.close()`
 *   does in Chrome's own guide. Playwright keeps the same `Worker` object and attaches
 *   it to the next instance, so "restarted" is proven by a marker on `globalThis`
 *   that the old instance had and the new one lacks.
 */
import type { BrowserContext, Worker } from 'playwright-core';

const MARKER = '__rungHarnessMarker';

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

export async function restartExtensionWorker(
  context: BrowserContext,
  extensionOrigin: string,
  current: () => Promise<Worker>,
): Promise<Worker> {
  const token = `t${Date.now()}`;
  await (
    await current()
  ).evaluate(
    ([key, value]) => {
      (globalThis as Record<string, unknown>)[key] = value;
    },
    [MARKER, token] as const,
  );

  const page = await context.newPage();
  try {
    const session = await context.newCDPSession(page);
    const { targetInfos } = (await session.send('Target.getTargets')) as {
      targetInfos: TargetInfo[];
    };
    const target = targetInfos.find(
      (t) => t.type === 'service_worker' && t.url.startsWith(extensionOrigin),
    );
    if (!target) throw new Error('no running service worker of the extension to stop');
    const { success } = (await session.send('Target.closeTarget', {
      targetId: target.targetId,
    })) as {
      success: boolean;
    };
    if (!success) throw new Error('Chromium refused to stop the service worker');
    await session.detach();
    // Any extension event starts the worker again; a runtime message from one of the
    // extension's own pages is the least intrusive one.
    await page.goto(`${extensionOrigin}manifest.json`);
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      await page
        .evaluate(() => {
          // Runs in the extension page, where `chrome` exists; Node's types do not know it.
          const { chrome } = globalThis as unknown as {
            chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
          };
          return chrome.runtime.sendMessage({ type: 'harness.wake' }).catch(() => undefined);
        })
        .catch(() => undefined);
      const worker = await current();
      const seen = await worker
        .evaluate((key) => (globalThis as Record<string, unknown>)[key] ?? null, MARKER)
        .catch(() => token);
      if (seen !== token) return worker;
      await page.waitForTimeout(200);
    }
    throw new Error('the service worker did not restart within 15 s');
  } finally {
    await page.close();
  }
}
