/**
 * Making Rung's storage full in real Chromium: a DevTools quota override for the
 * extension's origin (CDP `Storage.overrideQuotaForOrigin`). Findings, Chromium 156
 * (2026-11-23), which decide how this must be used:
 * - The override holds only while the DevTools session that set it stays attached (it is
 *   a per-session handle), so one blank page and its session are kept open for the test.
 * - It applies to extension origins (`chrome-extension://<id>`, no trailing slash);
 *   `Storage.getUsageAndQuota` then reports it (`overrideActive: true`).
 * - IndexedDB remembers the free space it last learned for ~30 s and lets writes that
 *   fit in it commit without asking again (BucketContext::kBucketSpaceCacheTimeLimit).
 *   An override set after Rung's first write therefore changes nothing for half a minute
 *   (a previous attempt saw "no effect" for this reason). So the quota is pinned right
 *   after start-up, before Rung stores any customer (at most its empty database exists),
 *   and small: a big write then never fits the remembered space and must ask again.
 * - `quotaSize: 0` is accepted and reported, yet IndexedDB writes still commit: a full
 *   disk is modelled as a 1-byte quota instead.
 * - A refused commit aborts the transaction with QuotaExceededError; the refusal leaves
 *   IndexedDB knowing no space is left, so every later write asks again.
 */
import type { CDPSession, Page } from 'playwright-core';
import type { Rung } from '../harness';

export interface QuotaControl {
  /** Bytes Chromium counts as used by Rung's origin. */
  usage(): Promise<number>;
  /** Rung's origin may hold `bytes` in all from now on. */
  limit(bytes: number): Promise<void>;
  /** The browser's own quota again: the space is free. */
  release(): Promise<void>;
  close(): Promise<void>;
}

interface UsageAndQuota {
  usage: number;
  quota: number;
  overrideActive: boolean;
}

/** Pins Rung's quota to `bytes`; call it before Rung stores anything (see above). */
export async function pinQuota(rung: Rung, bytes: number): Promise<QuotaControl> {
  const origin = `chrome-extension://${rung.extensionId}`;
  const holder: Page = await rung.context.newPage();
  const session: CDPSession = await rung.context.newCDPSession(holder);
  const read = () => session.send('Storage.getUsageAndQuota', { origin }) as Promise<UsageAndQuota>;
  const limit = async (quotaSize: number) => {
    await session.send('Storage.overrideQuotaForOrigin', { origin, quotaSize });
    const now = await read();
    if (!now.overrideActive || now.quota !== quotaSize) {
      throw new Error(`Chromium did not take the quota override: ${JSON.stringify(now)}`);
    }
  };
  const close = async () => {
    await session.detach().catch(() => undefined);
    await holder.close().catch(() => undefined);
  };

  await limit(bytes);
  return {
    usage: async () => (await read()).usage,
    limit,
    async release() {
      // Without quotaSize, Chromium drops the override and the default quota applies.
      await session.send('Storage.overrideQuotaForOrigin', { origin });
      const now = await read();
      if (now.overrideActive) throw new Error('Chromium kept the quota override');
    },
    close,
  };
}
