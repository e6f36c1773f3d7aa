/**
 * Importing a real-layout export on the options page of the built extension: the file is
 * read in the page, the check says what it found, and the import goes to the background
 * in staged messages and is written in one transaction; the customers are then listed.
 * A file of 3,000 customers (over the old 2,000-per-message limit) goes through too.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type E2eSession } from './session';

const fixture = (path: string) =>
  readFileSync(new URL(`../fixtures/exports/${path}`, import.meta.url));

describe('CSV import on the options page', () => {
  let s: E2eSession;

  beforeAll(async () => {
    s = await startSession();
  });
  afterAll(() => s?.close());

  async function importFile(name: string, buffer: Buffer, account: string) {
    const options = await s.rung.openExtensionPage('options.html');
    await options
      .locator('input[name="importCsv"]')
      .setInputFiles({ name, mimeType: 'text/csv', buffer });
    await options.locator('input[name="importAccount"]').fill(account);
    await options
      .locator('[data-testid="csv-import"] button', { hasText: 'Check the file' })
      .click();
    await options.locator('[data-testid="import-summary"]').waitFor({ timeout: 60_000 });
    const summary = await options.locator('[data-testid="import-summary"]').innerText();
    await options.locator('[data-testid="import-commit"]').click();
    await expect
      .poll(
        () => options.locator('[data-testid="csv-import"] [role="status"]').last().innerText(),
        {
          timeout: 120_000,
        },
      )
      .toMatch(/Imported/);
    const status = await options
      .locator('[data-testid="csv-import"] [role="status"]')
      .last()
      .innerText();
    await options.close();
    return { summary, status };
  }

  it('imports the Shopify orders export: line items folded, the POS customer kept by phone', async () => {
    const { summary, status } = await importFile(
      'orders_export_1.csv',
      fixture('shopify/orders_export_1.csv'),
      'https://acme-tea.myshopify.com/admin',
    );
    expect(summary).toContain('Recognised: Shopify orders export');
    expect(summary).toContain('3 line-item rows were folded into their orders.');
    expect(status).toContain('Imported 4 customers (0 refused)');
  });

  it('imports 3,000 customers in one go', async () => {
    const rows = Array.from(
      { length: 3_000 },
      (_, i) => `"${9000 + i}","First${i}","Last${i}","c${i}@bench.example","Customer"`,
    );
    const csv = `"Record ID","First Name","Last Name","Email","Lifecycle Stage"\n${rows.join('\n')}\n`;
    const { status } = await importFile(
      'hubspot-crm-exports-all-contacts-2026-02-20.csv',
      Buffer.from(csv),
      '4455667',
    );
    expect(status).toContain('Imported 3,000 customers (0 refused)');
  });

  it('sent nothing over the network from the extension', () => {
    expect(s.rung.network.external()).toEqual([]);
  });
});
