/**
 * What a user does on Rung's options page during the storage-full proof: save a threshold
 * and import a CRM export file, reading the status line each shows. Only stable hooks and
 * visible text: the `settings-*` and `csv-import` test ids and the import's status line.
 */
import type { Profile } from '../../../lib/domain/profile';
import type { Rung } from '../harness';

export interface Outcome {
  /** 'error' or 'ok' (the status line's class) and its words. */
  kind: string;
  text: string;
}

/**
 * Opens the options page afresh (a status line left from an earlier try would read as this
 * try's outcome), sets one numeric threshold, saves, and returns the status line.
 */
export async function saveThreshold(rung: Rung, field: string, value: string): Promise<Outcome> {
  const options = await rung.openExtensionPage('options.html');
  try {
    // The form appears once the stored settings have loaded.
    await options.locator(`input[name="${field}"]`).fill(value, { timeout: 10_000 });
    const status = options.locator('[data-testid="settings-status"]');
    await options.locator('[data-testid="settings-save"]').click();
    await status.filter({ hasText: /\S/ }).waitFor({ timeout: 15_000 });
    return { kind: (await status.getAttribute('class')) ?? '', text: await status.innerText() };
  } finally {
    await options.close();
  }
}

/**
 * A Shopify customers export (the columns Shopify writes; its IDs carry a leading
 * apostrophe) of the given profiles' names, e-mails, order counts and totals.
 */
export function shopifyCustomersCsv(profiles: Profile[]): string {
  const header = 'Customer ID,First Name,Last Name,Email,Total Spent,Total Orders,Tags';
  const rows = profiles.map((p) => {
    const [first = '', last = ''] = (p.name ?? '').split(' ', 2);
    const spent = (p.orders ?? []).reduce((sum, o) => sum + (o.total ?? 0), 0);
    return [
      `'${p.key.id ?? ''}`,
      first,
      last,
      p.email ?? '',
      spent.toFixed(2),
      p.orders?.length ?? 0,
      '',
    ].join(',');
  });
  return [header, ...rows].join('\n');
}

/** On a fresh options page: chooses the file, checks it, confirms; returns the import's status. */
export async function importCsv(
  rung: Rung,
  fileName: string,
  csv: string,
  account: string,
): Promise<Outcome> {
  const options = await rung.openExtensionPage('options.html');
  try {
    const panel = options.locator('[data-testid="csv-import"]');
    await panel.locator('input[name="importCsv"]').setInputFiles({
      name: fileName,
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await panel.locator('input[name="importAccount"]').fill(account);
    await panel.getByRole('button', { name: 'Check the file' }).click();
    const commit = panel.locator('[data-testid="import-commit"]');
    await commit.and(options.locator(':enabled')).waitFor({ timeout: 15_000 });
    await commit.click();
    const status = panel.locator('p[role="status"]');
    await status.filter({ hasText: /\S/ }).waitFor({ timeout: 30_000 });
    return { kind: (await status.getAttribute('class')) ?? '', text: await status.innerText() };
  } finally {
    await options.close();
  }
}
