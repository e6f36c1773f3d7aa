// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportPanel, type ImportPanelState } from './ImportPanel';
import { catalogTranslate, type MessageCatalog } from '../../lib/i18n/translate';
import { createFormat } from '../../lib/format/format';
import en from '../../public/_locales/en/messages.json';

const t = catalogTranslate(en as MessageCatalog);
const fmt = createFormat('en-US');
const base: ImportPanelState = {
  fileName: 'customers.csv',
  account: 'shop',
  kind: 'customers',
  crm: '',
  choice: {},
  summary: null,
  busy: false,
  status: { kind: 'idle', text: '' },
};

function mount(state: Partial<ImportPanelState>, canCommit = state.summary?.source != null) {
  const host = document.createElement('div');
  document.body.append(host);
  const handlers = { onFile: vi.fn(), onChange: vi.fn(), onPreview: vi.fn(), onCommit: vi.fn() };
  render(
    <ImportPanel
      state={{ ...base, ...state }}
      fields={['customerId', 'email']}
      canCommit={canCommit}
      t={t}
      fmt={fmt}
      {...handlers}
    />,
    host,
  );
  return { host, ...handlers };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('ImportPanel', () => {
  it('cannot import before the file was checked', () => {
    const { host } = mount({});
    expect(host.querySelector<HTMLButtonElement>('[data-testid="import-commit"]')?.disabled).toBe(
      true,
    );
  });

  it('summarises a recognised export and imports on confirmation', () => {
    const { host, onCommit } = mount({
      summary: {
        headers: ['Customer ID', 'Email'],
        source: 'shopify-customers',
        mappingErrors: [],
        rows: 1203,
        customers: 1200,
        badRows: [{ line: 17, reason: 'Total Spent is not an amount: "abc"' }],
        badRowCount: 3,
      },
    });
    expect(host.querySelector('[data-testid="import-summary"]')?.textContent).toContain(
      '1,203 rows, 1,200 customers, 3 rows that cannot be read',
    );
    expect(host.textContent).toContain('Line 17: Total Spent is not an amount: "abc"');
    expect(host.querySelector('[data-testid="import-mapping"]')).toBeNull();
    const commit = host.querySelector<HTMLButtonElement>('[data-testid="import-commit"]');
    expect(commit?.textContent).toBe('Import 1,200 customers');
    commit?.click();
    expect(onCommit).toHaveBeenCalledTimes(1);
  });

  it('asks for a column mapping for an unknown file and blocks import on mapping errors', () => {
    const { host, onChange } = mount({
      summary: {
        headers: ['Kunde', 'Mail'],
        source: null,
        mappingErrors: ['a customer id or e-mail column'],
        rows: 10,
        customers: 0,
        badRows: [],
        badRowCount: 0,
      },
    });
    const select = host.querySelector<HTMLSelectElement>('select[name="map.email"]');
    expect([...(select?.options ?? [])].map((o) => o.value)).toEqual(['', 'Kunde', 'Mail']);
    if (select) {
      select.value = 'Mail';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }
    expect(onChange).toHaveBeenCalledWith({ choice: { email: 'Mail' } });
    expect(host.querySelector<HTMLButtonElement>('[data-testid="import-commit"]')?.disabled).toBe(
      true,
    );
  });
});
