/**
 * `npm run demo`: the demo CRM plus Chromium with the built extension.
 * - With a display and without `--headless`: opens the Shopify customers list in a
 *   window and runs until the browser is closed.
 * - Otherwise: visits every demo page, prints what the badges and side panel show,
 *   saves screenshots under demo-output/<timestamp>/, and exits 1 when any expected
 *   badge is missing or wrong (or the extension touched the network).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expectedBadges } from './data/expected';
import { demoUrl, shopifyPaths } from './data/paths';
import { startDemoCrm, type DemoCrmServer } from './server';
import { checkBadges } from '../e2e/compare';
import { launchRung, type Rung } from '../e2e/harness';
import { formatMismatches, formatTable, type ReportRow } from '../e2e/demo/report';
import { tourDemo } from '../e2e/demo/tour';
import { readTreatments } from '../e2e/demo/treatments';

async function main(): Promise<number> {
  const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
  const crm = await startDemoCrm();
  console.log(`Demo CRM: https://${crm.hosts.join(', https://')} → 127.0.0.1:${crm.port}`);
  const rung = await launchRung({
    headless,
    crm,
    ...(process.env.RUNG_EXTENSION_PATH ? { extensionPath: process.env.RUNG_EXTENSION_PATH } : {}),
  }).catch(async (error: unknown) => {
    await crm.close();
    throw error;
  });
  try {
    return headless ? await runHeadless(crm, rung) : await runHeaded(crm, rung);
  } finally {
    await rung.close().catch(() => undefined);
    await crm.close();
  }
}

async function runHeaded(crm: DemoCrmServer, rung: Rung): Promise<number> {
  const page = rung.context.pages()[0] ?? (await rung.context.newPage());
  await page.goto(demoUrl('shopify', shopifyPaths.customersList(crm.world)));
  console.log('Chromium is open on the demo Shopify customers list. Close the browser to stop.');
  await new Promise<void>((done) => rung.context.once('close', () => done()));
  return 0;
}

async function runHeadless(crm: DemoCrmServer, rung: Rung): Promise<number> {
  const started = Date.now();
  const outDir = resolve('demo-output', new Date().toISOString().replace(/[:.]/g, '-'));
  mkdirSync(outDir, { recursive: true });
  const expected = expectedBadges(crm.world);
  const tour = await tourDemo(rung.context, crm.source, expected, outDir);

  const rows: ReportRow[] = [];
  for (const visit of tour.details) {
    for (const check of checkBadges('record', expected[visit.path] ?? [], visit.badges)) {
      rows.push({ check, page: 'record', treatment: check.found?.headline ?? '(no headline)' });
    }
  }
  const listRows = tour.finalLists.flatMap((visit) =>
    checkBadges('list', expected[visit.path] ?? [], visit.badges).map((check): ReportRow => ({
      check,
      page: 'list',
      treatment: '',
    })),
  );
  const panelProblems = await compareWithSidePanel(crm, rung, rows);
  rows.sort((a, b) => a.check.expected.crm.localeCompare(b.check.expected.crm));
  console.log(`\n${formatTable(rows)}\n`);

  const visits = [...tour.firstLists, ...tour.details, ...tour.finalLists];
  const problems = [
    ...visits.filter((v) => v.status !== 200).map((v) => `${v.path}: HTTP ${v.status}`),
    ...formatMismatches([...rows, ...listRows]),
    ...panelProblems,
    ...rung.network
      .external()
      .map((r) => `extension network request: ${r.method} ${r.url} from ${r.from}`),
  ];
  const badgeCount = visits.reduce((sum, v) => sum + v.badges.length, 0);
  console.log(
    `${visits.length} pages visited, ${badgeCount} badges read, ${rows.length + listRows.length} expectations checked ` +
      `in ${((Date.now() - started) / 1000).toFixed(1)} s. Screenshots: ${outDir}`,
  );
  if (problems.length === 0) {
    console.log('Every expected badge is present and right.');
    return 0;
  }
  console.log(`\n${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  return 1;
}

/**
 * The side panel must show the treatment the badge announces. Opening it for every
 * customer would cost half a minute, so it is checked for one customer per CRM and
 * category (every treatment family).
 */
async function compareWithSidePanel(
  crm: DemoCrmServer,
  rung: Rung,
  rows: ReportRow[],
): Promise<string[]> {
  const seen = new Set<string>();
  const sample = rows.filter(({ check }) => {
    const family = `${check.expected.crm}|${check.found?.category ?? ''}`;
    if (!check.found || seen.has(family)) return false;
    seen.add(family);
    return true;
  });
  const wanted = sample.flatMap(({ check }) => {
    const customer = crm.world.customers.find((c) => c.slug === check.expected.slug);
    return customer ? [{ customer, crm: check.expected.crm }] : [];
  });
  const panel = await readTreatments(rung, crm.world, wanted);
  console.log(`Side panel checked for ${wanted.length} customers (one per CRM and category).`);
  return sample.flatMap(({ check, treatment }) => {
    const shown = panel.get(`${check.expected.crm}|${check.expected.slug}`) ?? '';
    return shown === treatment
      ? []
      : [
          `${check.expected.crm} ${check.expected.slug}: side panel says "${shown}", badge says "${treatment}"`,
        ];
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
