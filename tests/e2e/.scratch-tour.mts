import { startSession, customerQuery } from './session';
import { tourDemo } from './demo/tour';
import { expectedBadges } from '../demo-crm/data/expected';
const s = await startSession();
await tourDemo(s.rung.context, s.crm.source, expectedBadges(s.world), '/tmp/rung-scratch');
for (const slug of ['ava-thompson', 'olivia-hart']) {
  const c = s.customer(slug);
  const panel = await s.rung.openExtensionPage(
    `sidepanel.html?${customerQuery(s.world, c, 'shopify')}`,
  );
  await panel.waitForTimeout(1500);
  const t = await panel.locator('body').innerText();
  console.log(
    slug,
    t.slice(t.indexOf('Why'), t.indexOf('Next rung')),
    t.slice(t.indexOf('Orders'), t.indexOf('Profit')).replace(/\n+/g, ' '),
  );
}
await s.close();
