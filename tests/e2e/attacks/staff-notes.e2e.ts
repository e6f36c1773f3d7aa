/**
 * Attack class 2: a CRM page's own script tries to read what staff wrote about a
 * customer. An override is set with a private note; the page then walks every shadow
 * root it can open and fires synthetic hover and focus events at every element (which,
 * when badges lived in open roots and built their tooltip on any `pointerover`, showed
 * it "Set by Alice Staff: PRIVATE: legal dispute pending"). It must find neither the note
 * nor the staff name nor a badge root, and a real user's hover must still open the
 * tooltip, which says only "Set by hand".
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hubspotPaths } from '../../demo-crm/data/paths';
import type { CustomerKey } from '../../../lib/domain/profile';
import { hoverPill, waitForBadge, withBadgeRoots } from '../badges';
import { askRungData, rungPage } from '../proof/ask-rung';
import { startProofSession, type ProofSession } from '../proof/proof-session';
import { probePage } from './page-probe';

const NOTE = 'PRIVATE: legal dispute pending';
const STAFF = 'Alice Staff';

describe('a page script reading staff notes', () => {
  let s: ProofSession;
  let admin: Page;
  let record: Page;
  let key: CustomerKey;

  beforeAll(async () => {
    s = await startProofSession();
    admin = await rungPage(s.rung);
    const customer = s.world.customers.find((c) => c.hubspot)!;
    key = { crm: 'hubspot', account: s.world.hubspotPortal, id: customer.hubspot!.id };
    const { settings } = await askRungData<{ settings: unknown }>(admin, 'settings.get', {});
    await askRungData(admin, 'settings.save', { settings, staffName: STAFF });
    record = await s.open('hubspot', hubspotPaths.contact(s.world, key.id!));
    await waitForBadge(record, () => true);
    await askRungData(admin, 'override.set', { key, stage: 'partner', reason: NOTE, mode: 'pin' });
    const overridden = await waitForBadge(record, (b) => b.overridden === 'true');
    expect(overridden?.stage).toBe('partner');
  }, 90_000);
  afterAll(() => s?.close());

  it('finds no note, no staff name and no badge root, whatever events it fires', async () => {
    const probe = await probePageTwice(record);
    expect(probe.text).not.toContain('PRIVATE');
    expect(probe.text).not.toContain(STAFF);
    expect(probe.openRoots).toBe(0);
  });

  it("still opens the tooltip for the user's own hover, without the note", async () => {
    await hoverPill(record, 0);
    const tip = await withBadgeRoots(
      record,
      (_: null, ...roots) => roots[0]?.querySelector('.tip')?.textContent ?? null,
      null,
    );
    expect(tip).toContain('Set by hand');
    expect(tip).not.toContain('PRIVATE');
    expect(tip).not.toContain(STAFF);
    // The tooltip exists now: the page still cannot read it.
    const probe = await probePageTwice(record);
    expect(probe.text).not.toContain('Set by');
  });

  it('lets the side panel (an extension page) show the note in full', async () => {
    const detail = await askRungData<{ override?: { reason: string; by: string } }>(
      admin,
      'customer.get',
      { key },
    );
    expect(detail.override).toMatchObject({ reason: NOTE, by: STAFF });
  });
});

/** Twice: the first round's events would have built the tooltips the second reads. */
async function probePageTwice(page: Page) {
  await probePage(page);
  return probePage(page);
}
