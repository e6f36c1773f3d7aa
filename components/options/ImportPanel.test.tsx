// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportPanel, type CsvImportSummary, type ImportPanelState } from './ImportPanel';
import { catalogTranslate, type MessageCatalog } from '../../lib/i18n/translate';
import { createFormat } from '../../lib/format/format';
import en from '../../public/_locales/en/messages.json';
import pl from '../../public/_locales/pl/messages.json';

const t = catalogTranslate(en as MessageCatalog);
const fmt = createFormat('en-US');
const base: ImportPanelState = {
  fileName: 'customers.csv',
  account: 'shop',
  kind: 'customers',
  crm: '',
  choice: {},
  dateOrder: null,
  summary: null,
  busy: false,
  progress: null,
  status: { kind: 'idle', text: '' },
};

const recognised: CsvImportSummary = {
  headers: ['Customer ID', 'Email'],
  source: 'shopify-customers',
  formatLabel: 'Shopify customers export',
  crm: 'shopify',
  account: 'shop',
  kind: 'customers',
  fileProblem: null,
  mappingProblems: [],
  rows: 1203,
  customers: 1200,
  orders: 0,
  badRows: [{ line: 17, reason: 'Total Spent is not an amount: "abc"' }],
  badRowCount: 3,
  folded: 0,
  skipped: { drafts: 0, lostDeals: 0 },
  encoding: { id: 'utf-8', name: 'UTF-8', guessed: false },
  decimal: '.',
  dateOrder: { kind: 'none' },
  dateReadings: null,
  observedAt: '2026-02-20T00:00:00.000Z',
  observedFrom: 'file-name',
};

function mount(
  state: Partial<ImportPanelState>,
  canCommit = state.summary?.source != null,
  translate = t,
) {
  const host = document.createElement('div');
  document.body.append(host);
  const handlers = {
    onFile: vi.fn(),
    onChange: vi.fn(),
    onPreview: vi.fn(),
    onCommit: vi.fn(),
    onCancel: vi.fn(),
  };
  render(
    <ImportPanel
      state={{ ...base, ...state }}
      fields={['customerId', 'email']}
      canCommit={canCommit}
      crms={[
        { id: 'shopify', label: 'Shopify' },
        { id: 'custom:crm-example', label: 'Our CRM' },
      ]}
      accounts={[
        { crm: 'shopify', account: 'acme-tea' },
        { crm: 'hubspot', account: '4455667' },
      ]}
      t={translate}
      fmt={fmt}
      {...handlers}
    />,
    host,
  );
  return { host, ...handlers };
}

const commitButton = (host: HTMLElement) =>
  host.querySelector<HTMLButtonElement>('[data-testid="import-commit"]');

afterEach(() => {
  document.body.innerHTML = '';
});

describe('ImportPanel', () => {
  it('cannot import before the file was checked', () => {
    const { host } = mount({});
    expect(commitButton(host)?.disabled).toBe(true);
  });

  it('summarises a recognised export, says as of when, and imports on confirmation', () => {
    const { host, onCommit } = mount({ summary: recognised });
    const summary = host.querySelector('[data-testid="import-summary"]')?.textContent;
    expect(summary).toContain('Recognised: Shopify customers export');
    expect(summary).toContain('1,203 rows, 1,200 customers, 3 rows that cannot be read');
    expect(host.querySelector('[data-testid="import-observed"]')?.textContent).toContain(
      'February 20, 2026',
    );
    expect(host.textContent).toContain('Line 17: Total Spent is not an amount: "abc"');
    expect(host.querySelector('[data-testid="import-mapping"]')).toBeNull();
    expect(commitButton(host)?.textContent).toBe('Import 1,200 customers');
    commitButton(host)?.click();
    expect(onCommit).toHaveBeenCalledTimes(1);
  });

  it('offers the accounts Rung knows for the file’s CRM', () => {
    const { host } = mount({ summary: recognised });
    const options = [...host.querySelectorAll('#import-known-accounts option')].map(
      (o) => (o as HTMLOptionElement).value,
    );
    expect(options).toEqual(['acme-tea']);
  });

  it('says the encoding it guessed and the decimal comma it read', () => {
    const { host } = mount({
      summary: {
        ...recognised,
        encoding: { id: 'windows-1252', name: 'Windows-1252 (Western European)', guessed: true },
        decimal: ',',
      },
    });
    expect(host.querySelector('[data-testid="import-encoding"]')?.textContent).toContain(
      'Read as Windows-1252 (Western European) (detected from the file’s bytes',
    );
    expect(host.textContent).toContain('decimal comma');
  });

  it('asks how dates are written when the file cannot tell, and blocks the import until answered', () => {
    const asking: CsvImportSummary = {
      ...recognised,
      dateOrder: { kind: 'ask', examples: ['05/03/2025'] },
      dateReadings: { dmy: '2025-03-05', mdy: '2025-05-03' },
    };
    const { host, onChange } = mount({ summary: asking });
    const question = host.querySelector('[data-testid="import-date-question"]');
    expect(question?.textContent).toContain('Dates such as 05/03/2025');
    expect(question?.textContent).toContain('Day first: March 5, 2025');
    expect(question?.textContent).toContain('Month first: May 3, 2025');
    expect(commitButton(host)?.disabled).toBe(true);
    host.querySelector<HTMLInputElement>('input[value="dmy"]')?.click();
    expect(onChange).toHaveBeenCalledWith({ dateOrder: 'dmy' });
  });

  it('says in one sentence why an empty file or a workbook cannot be imported, without a mapping form', () => {
    const { host } = mount({
      summary: {
        ...recognised,
        source: null,
        fileProblem: { code: 'xlsx', text: 'workbook' },
        customers: 0,
      },
    });
    expect(host.querySelector('[data-testid="import-file-problem"]')?.textContent).toContain(
      'This is an Excel workbook (.xlsx), not a CSV file.',
    );
    expect(host.querySelector('[data-testid="import-mapping"]')).toBeNull();
    expect(commitButton(host)?.disabled).toBe(true);
  });

  it('maps an unknown file with fields named in the user’s language and CRMs Rung knows', () => {
    const unknown: CsvImportSummary = {
      ...recognised,
      headers: ['Kunde', 'Mail'],
      source: null,
      formatLabel: null,
      crm: null,
      mappingProblems: [{ code: 'no-crm', text: 'Choose the CRM these rows belong to.' }],
      customers: 0,
    };
    const { host, onChange } = mount(
      { summary: unknown },
      false,
      catalogTranslate(pl as MessageCatalog, en as MessageCatalog),
    );
    const labels = [...host.querySelectorAll('[data-testid="import-mapping"] th label')].map(
      (l) => l.textContent,
    );
    expect(labels).toEqual(['Identyfikator klienta', 'E-mail']);
    expect(host.textContent).toContain('Wybierz CRM, do którego należą te wiersze.');
    const crm = host.querySelector<HTMLSelectElement>('select[name="importCrm"]');
    expect([...(crm?.options ?? [])].map((o) => o.value)).toEqual([
      '',
      'shopify',
      'custom:crm-example',
    ]);
    const select = host.querySelector<HTMLSelectElement>('select[name="map.email"]');
    expect([...(select?.options ?? [])].map((o) => o.value)).toEqual(['', 'Kunde', 'Mail']);
    if (select) {
      select.value = 'Mail';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }
    expect(onChange).toHaveBeenCalledWith({ choice: { email: 'Mail' } });
    expect(commitButton(host)?.disabled).toBe(true);
  });

  it('shows progress with a cancel button while a file is read or sent', () => {
    const { host, onCancel } = mount({
      busy: true,
      summary: recognised,
      progress: { phase: 'writing', done: 2000, total: 100000 },
    });
    expect(host.querySelector('[data-testid="import-progress"]')?.textContent).toContain(
      'Importing: 2,000 of 100,000 customers',
    );
    host.querySelector<HTMLButtonElement>('[data-testid="import-cancel"]')?.click();
    expect(onCancel).toHaveBeenCalledTimes(1);
  });
});
