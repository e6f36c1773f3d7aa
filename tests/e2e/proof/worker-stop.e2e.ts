/**
 * Reliability under MV3's worker lifecycle: Chromium stops the service worker in the
 * middle of a full reclassification; the next worker resumes the stored job from its
 * cursor (it does not start over), finishes, and every override survives.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticProfiles } from '../../bench/chromium/synthetic-profiles';
import { rungPage } from './ask-rung';
import { stopWorkerNow } from './stop-worker';
import { startProofSession, type ProofSession } from './proof-session';
import {
  customer,
  importCustomers,
  pollUntil,
  progress,
  resaveSettings,
  setOverride,
} from './store-driver';

const CUSTOMERS = 1_500;

describe('service worker stopped mid-reclassification', () => {
  let s: ProofSession;
  let admin: Page;
  const profiles = syntheticProfiles(CUSTOMERS, new Date());
  const overridden = [0, 700, CUSTOMERS - 1].map((i) => profiles[i]!.key);

  beforeAll(async () => {
    s = await startProofSession();
    admin = await rungPage(s.rung);
    expect(await importCustomers(admin, profiles)).toBe(CUSTOMERS);
    for (const key of overridden) await setOverride(admin, key, `kept ${key.id}`);
  }, 120_000);
  afterAll(() => s?.close());

  it('resumes from its cursor, finishes, and keeps every override', async () => {
    await resaveSettings(admin);
    const beforeStop = await pollUntil(
      () => progress(admin),
      (p) => p.running && p.done > 0,
      20_000,
      20,
    );
    expect(beforeStop.running).toBe(true);
    expect(beforeStop.done).toBeLessThan(CUSTOMERS);

    await stopWorkerNow(admin, s.rung.extensionId);
    // Any message from an extension page starts the next worker, which resumes the job.
    const reopened = await rungPage(s.rung);
    const resumed = await progress(reopened);
    // Same job (same start), not a new one from zero; done may have advanced already.
    if (resumed.running) {
      expect(resumed.startedAt).toBe(beforeStop.startedAt);
      expect(resumed.done).toBeGreaterThanOrEqual(beforeStop.done);
      expect(resumed.total).toBe(beforeStop.total);
    }
    const finished = await pollUntil(
      () => progress(reopened),
      (p) => !p.running,
      60_000,
      200,
    );
    expect(finished.running).toBe(false);

    for (const key of overridden) {
      const detail = await customer(reopened, key);
      expect(detail?.override?.reason).toBe(`kept ${key.id}`);
      expect(detail?.effective.stage).toBe('advocate');
    }
    await reopened.close();
  });
});
