/**
 * Upgrading with data: a settings record in the first released shape (settings record
 * version 1: revision, settings, staff name; version 0 never shipped) is read back by the
 * restarted worker with every value kept, and customers and overrides stored before the
 * restart are all still there. IndexedDB itself is still at its first version (1), so
 * there is no older database to start from yet; lib/store/migrations.test.ts climbs the
 * ladder rung by rung in Node.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticProfiles } from '../../bench/chromium/synthetic-profiles';
import { askRungData, rungPage } from './ask-rung';
import { startProofSession, type ProofSession } from './proof-session';
import { customer, importCustomers, setOverride } from './store-driver';

type Settings = { settings: Record<string, unknown>; staffName: string };

/** Puts a record into Rung's `meta` store over a plain IndexedDB connection of its origin. */
function writeMeta(page: Page, id: string, value: unknown): Promise<void> {
  return page.evaluate(
    ([key, record]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('rung');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('meta', 'readwrite');
          tx.objectStore('meta').put({ id: key, value: record });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [id, value] as const,
  );
}

describe('upgrade from the first release, with data', () => {
  let s: ProofSession;
  let admin: Page;
  const profiles = syntheticProfiles(50, new Date());

  beforeAll(async () => {
    s = await startProofSession();
    admin = await rungPage(s.rung);
    expect(await importCustomers(admin, profiles)).toBe(50);
    await setOverride(admin, profiles[7]!.key, 'decided in the first release');
  });
  afterAll(() => s?.close());

  it('reads first-release settings and loses no customer or override', async () => {
    const current = await askRungData<Settings>(admin, 'settings.get', {});
    expect(current.settings.vocabulary).toBe('classic');
    const firstRelease = {
      version: 1,
      revision: 3,
      settings: { ...current.settings, vocabulary: 'one-page' },
      staffName: 'Eve',
    };
    await writeMeta(admin, 'settings', firstRelease);

    await s.rung.restartServiceWorker();
    const page = await rungPage(s.rung);
    const migrated = await askRungData<Settings>(page, 'settings.get', {});
    expect(migrated.settings).toEqual({ ...current.settings, vocabulary: 'one-page' });
    expect(migrated.staffName).toBe('Eve');

    for (const profile of profiles) {
      expect((await customer(page, profile.key))?.key.id).toBe(profile.key.id);
    }
    expect((await customer(page, profiles[7]!.key))?.override?.reason).toBe(
      'decided in the first release',
    );
    await page.close();
  });
});
