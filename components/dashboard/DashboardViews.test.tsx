// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Funnel } from './Funnel';
import { CategoryMoney } from './CategoryMoney';
import { CustomerTable } from './CustomerTable';
import { funnel, moneyByCategory } from './dashboardModel';
import { DEFAULT_QUERY, queryRows } from './tableQuery';
import { accountRows, row } from './testRows';
import { catalogTranslate, type MessageCatalog } from '../../lib/i18n/translate';
import { createFormat } from '../../lib/format/format';
import en from '../../public/_locales/en/messages.json';

const t = catalogTranslate(en as MessageCatalog);
const fmt = createFormat('en-US');

function mount(node: preact.ComponentChild) {
  const host = document.createElement('div');
  document.body.append(host);
  render(node, host);
  return host;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('dashboard views', () => {
  it('draws the funnel top rung first with real counts', () => {
    const host = mount(<Funnel counts={funnel(accountRows)} t={t} fmt={fmt} />);
    const items = [...host.querySelectorAll('[data-testid="funnel"] li')];
    expect(items[0]?.getAttribute('data-stage')).toBe('partner');
    expect(host.querySelector('[data-stage="repeat"] .funnel-count')?.textContent).toBe('3');
    expect(
      (host.querySelector('[data-stage="repeat"] .funnel-bar') as HTMLElement).style.width,
    ).toBe('100%');
  });

  it('answers the devoted-profit question in words', () => {
    const host = mount(
      <CategoryMoney
        rows={moneyByCategory(accountRows)}
        currency="USD"
        vocabulary="one-page"
        t={t}
        fmt={fmt}
      />,
    );
    expect(host.querySelector('[data-testid="devoted-answer"]')?.textContent).toBe(
      'Tribe: 20% of customers bring 88% of the profit.',
    );
    expect(host.querySelector('[data-category="devoted"] td:nth-of-type(2)')?.textContent).toBe(
      '$15,000.00',
    );
  });

  it('lists rows with safe CRM links and detail links, and sorts by a header click', () => {
    const hostile = row('x', 'repeat', 'core', 5, 1, {
      name: '<img src=x onerror=alert(1)>',
      url: 'javascript:alert(1)',
    });
    const rows = queryRows([...accountRows, hostile], DEFAULT_QUERY);
    const onQuery = vi.fn();
    const host = mount(
      <CustomerTable
        rows={rows}
        total={rows.length}
        query={DEFAULT_QUERY}
        vocabulary="classic"
        t={t}
        fmt={fmt}
        onQuery={onQuery}
        onExport={() => {}}
        detailHref={(key) => `/sidepanel.html?id=${key.id ?? ''}`}
      />,
    );
    expect(host.querySelectorAll('[data-testid="customer-table"] tbody tr')).toHaveLength(11);
    expect(host.querySelector('img')).toBeNull();
    const links = [...host.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toContain('https://admin.shopify.com/store/shop/customers/1');
    expect(links.some((href) => href?.startsWith('javascript:'))).toBe(false);
    expect(host.querySelector('th[aria-sort="descending"]')?.textContent).toBe('Net revenue');
    (host.querySelector('th[aria-sort="descending"] button') as HTMLButtonElement).click();
    expect(onQuery).toHaveBeenCalledWith({ ...DEFAULT_QUERY, descending: false });
    expect(host.querySelector('[data-testid="csv-export"]')?.textContent).toBe('Export CSV (11)');
  });

  it('writes the table’s counts in the locale’s digits (Persian)', () => {
    const rows = queryRows(accountRows, DEFAULT_QUERY);
    const host = mount(
      <CustomerTable
        rows={rows}
        total={rows.length + 1}
        query={DEFAULT_QUERY}
        vocabulary="classic"
        t={t}
        fmt={createFormat('fa')}
        onQuery={vi.fn()}
        onExport={() => {}}
        detailHref={() => '/sidepanel.html'}
      />,
    );
    const fa = new Intl.NumberFormat('fa');
    expect(host.querySelector('[data-testid="csv-export"]')?.textContent).toBe(
      `Export CSV (${fa.format(rows.length)})`,
    );
    const showing = host.querySelector('[role="status"]')?.textContent ?? '';
    expect(showing).toContain(fa.format(rows.length + 1));
    expect(showing).not.toMatch(/[0-9]/);
  });
});
