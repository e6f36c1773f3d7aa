/**
 * Attack class 8: reading the page must not run anything of the page. The reader used to
 * copy (`cloneNode`) an element that held a script, to drop the script's text; the copy
 * of an `<img onerror=…>` beside it loaded again and fired the page's inline handler
 * again (three times in Chromium), each time a CSP violation under the CRM's strict CSP.
 *
 * The page here puts such markup inside a customer's name on the demo HubSpot list
 * (served with the demo's strict CSP, so the handler itself is blocked and reported),
 * makes Rung read the list a few more times, and counts: inline-handler CSP reports and
 * requests for the image. Only the page's own element may account for them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedBadges } from '../../demo-crm/data/expected';
import { hubspotPaths } from '../../demo-crm/data/paths';
import { waitForBadges } from '../badges';
import { startProofSession, type ProofSession } from '../proof/proof-session';
import { countPageReads } from './page-reads';

const PROBE = '/rung-reader-probe.png';

describe('reading a page with inline handlers', () => {
  let s: ProofSession;
  beforeAll(async () => {
    s = await startProofSession();
  }, 60_000);
  afterAll(() => s?.close());

  it('runs no handler of the page: no CSP report and no image load beyond its own', async () => {
    const path = hubspotPaths.contactsList(s.world);
    const expected = (expectedBadges(s.world)[path] ?? []).length;
    const list = await s.open('hubspot', path);
    await waitForBadges(list, expected);
    const reads = await countPageReads(await s.rung.serviceWorker());
    const readsBefore = await reads();

    await list.evaluate((src) => {
      const counts = { violations: 0 };
      (window as unknown as { probe: typeof counts }).probe = counts;
      document.addEventListener(
        'securitypolicyviolation',
        (event) => {
          if (event.violatedDirective.startsWith('script-src')) counts.violations += 1;
        },
        true,
      );
      // Inside the first customer's name link: what the reader reads as the name.
      const name = document.querySelector('table tbody tr a[href*="/record/"]');
      if (!name) throw new Error('no name link on the list');
      name.insertAdjacentHTML(
        'beforeend',
        `<img src="${src}" onerror="document.title='ran'"><script>void 0</script>`,
      );
    }, PROBE);
    // More mutations, more reads of the same rows.
    for (let i = 0; i < 3; i++) {
      await list.waitForTimeout(400);
      await list.evaluate(() => document.body.append(document.createElement('div')));
    }
    await list.waitForTimeout(1_500);

    const violations = await list.evaluate(
      () => (window as unknown as { probe: { violations: number } }).probe.violations,
    );
    const loads = s.demo.requests.filter((r) => r.path === PROBE).length;
    console.info(
      `reader probe: ${violations} inline-handler CSP reports, ${loads} image requests, ${
        (await reads()) - readsBefore
      } page reads`,
    );
    // The page's own <img>: one load, one blocked handler.
    expect(loads).toBe(1);
    expect(violations).toBe(1);
    expect(await list.title()).not.toBe('ran');
  });
});
