// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CustomerPanel } from './CustomerPanel';
import { catalogTranslate, type MessageCatalog } from '../../lib/i18n/translate';
import { createFormat } from '../../lib/format/format';
import { sampleClassification, sampleDetail, sampleMetrics } from '../testing/sampleDetail';
import en from '../../public/_locales/en/messages.json';
import type { CustomerDetail } from '../../lib/messages/protocol';

const t = catalogTranslate(en as MessageCatalog);
const fmt = createFormat('en-US');

function mount(
  detail: CustomerDetail,
  vocabulary: 'classic' | 'one-page' = 'classic',
  format = fmt,
) {
  const host = document.createElement('div');
  document.body.append(host);
  const onSelect = vi.fn();
  render(
    <CustomerPanel
      detail={detail}
      vocabulary={vocabulary}
      t={t}
      fmt={format}
      onSelect={onSelect}
    />,
    host,
  );
  const $ = (selector: string) => host.querySelector(selector);
  const texts = (selector: string) =>
    [...host.querySelectorAll(selector)].map((el) => el.textContent?.trim());
  return { host, $, texts, onSelect };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('CustomerPanel', () => {
  it('exposes stage, category, treatment and reasons through the test hooks', () => {
    const { $, texts } = mount(sampleDetail());
    expect($('[data-testid="stage"]')?.getAttribute('data-stage')).toBe('repeat');
    expect($('[data-testid="stage"]')?.textContent).toBe('Repeat customer');
    expect($('[data-testid="category"]')?.getAttribute('data-category')).toBe('core');
    expect($('[data-testid="treatment-headline"]')?.textContent).toBe(
      'Engagement: thank them and cross-sell',
    );
    expect(texts('[data-testid="treatment-actions"] li')).toEqual([
      'Thank for the purchase',
      'Ask for feedback',
      'Offer a second product line',
    ]);
    expect(texts('[data-testid="reasons"] li')[0]).toBe('stage repeat customer: 3 orders ≥ 2');
  });

  it('shows the category in the chosen vocabulary with the other in small print', () => {
    const detail = sampleDetail();
    const demanding = sampleClassification({
      category: 'demanding',
      labels: { classic: 'Demanding', onePage: 'Vampire' },
    });
    const onePage = mount({ ...detail, effective: demanding }, 'one-page');
    expect(onePage.$('[data-testid="category"]')?.textContent).toContain('Vampire');
    expect(onePage.host.textContent).toContain('Also called: Demanding');
  });

  it('keeps a label the user edited instead of translating the default', () => {
    const custom = sampleClassification({
      labels: { classic: 'Bread and butter', onePage: 'Core' },
    });
    const { $ } = mount({ ...sampleDetail(), effective: custom });
    expect($('[data-testid="category"]')?.textContent).toContain('Bread and butter');
  });

  it('lights the customer’s rung on the ladder and outlines the next one', () => {
    const { $ } = mount(sampleDetail());
    expect($('[data-rung="repeat"] rect')?.getAttribute('class')).toBe('rung rung-lit');
    expect($('[data-rung="client"] rect')?.getAttribute('class')).toBe('rung rung-next');
    expect($('[data-rung="suspect"] rect')?.getAttribute('class')).toBe('rung');
    expect($('figcaption')?.textContent).toBe('Repeat customer: rung 4 of 7');
  });

  it('writes the ladder step, diagnostics counts and months in the locale’s digits', () => {
    const { $ } = mount(sampleDetail(), 'classic', createFormat('fa'));
    // Persian digits only: an ASCII digit in these lines is an unformatted number.
    expect($('.ladder figcaption')?.textContent).toMatch(/۴.*۷/);
    expect($('.ladder figcaption')?.textContent).not.toMatch(/[0-9]/);
    expect($('[data-testid="diagnostics"] summary')?.textContent).not.toMatch(/[0-9]/);
    expect($('[data-testid="spend-chart"]')?.getAttribute('aria-label')).not.toMatch(/[0-9]/);
  });

  it('formats metrics and shows a dash for unknown ones, never zero', () => {
    const { host } = mount(sampleDetail());
    const rows = Object.fromEntries(
      [...host.querySelectorAll('.metric')].map((m) => [
        m.querySelector('dt')?.textContent,
        m.querySelector('dd')?.textContent,
      ]),
    );
    expect(rows['Net revenue']).toBe('$420.50');
    expect(rows['Orders with a discount']).toBe('33%');
    expect(rows['Referrals']).toBe('—');
    expect(rows['Buys']).toBe('monthly (30 days)');
    expect(rows['Since last order']).toBe('12 days');
  });

  it('lists history newest first with stage names', () => {
    const { texts } = mount(sampleDetail());
    const items = texts('[data-testid="history"] li');
    expect(items[0]).toContain('Stage: First-time customer → Repeat customer');
    expect(items[1]).toContain('Stage: — → First-time customer');
  });

  it('draws one bar per month from first to last order, gaps included', () => {
    const { host } = mount(sampleDetail());
    // August to November 2026: four months, September empty.
    expect(host.querySelectorAll('[data-testid="spend-chart"] rect')).toHaveLength(4);
    expect(host.querySelector('[data-testid="spend-chart"]')?.getAttribute('aria-label')).toBe(
      'Spend by month from Aug 2026 to Nov 2026: $420.50 in total',
    );
  });

  it('shows diagnostics and lets the user open a linked profile', () => {
    const { $, texts, onSelect } = mount(sampleDetail());
    expect(texts('[data-testid="diagnostics-missing"] li')).toEqual(['record.phone']);
    ($('[data-testid="linked"] button') as HTMLButtonElement).click();
    expect(onSelect).toHaveBeenCalledWith({
      crm: 'shopify',
      account: 'shop',
      email: 'ada@example.com',
    });
  });

  it('adds the value and threshold when the sentence does not carry them', () => {
    const effective = sampleClassification({
      reasons: [
        {
          rule: 'category.discount-seeker',
          decides: 'category',
          value: 0.75,
          threshold: 0.5,
          say: {
            key: 'why_discount_seeker_fallback',
            args: [
              { kind: 'share', value: 0.75 },
              { kind: 'share', value: 0.5 },
              { kind: 'money', value: 40, currency: 'USD' },
              { kind: 'money', value: 50, currency: 'USD' },
            ],
          },
        },
      ],
    });
    const { texts } = mount({ ...sampleDetail(), effective });
    const [shown] = texts('[data-testid="reasons"] li');
    expect(shown).toMatch(/^category discount seeker: 75/);
    expect(shown).toMatch(/ \(seen 0\.75, threshold 0\.5\)$/);
  });

  it('shows the purchase model only when a prediction exists', () => {
    expect(mount(sampleDetail()).$('[data-testid="prediction"]')).toBeNull();
    document.body.innerHTML = '';
    const { $ } = mount(
      sampleDetail({
        prediction: {
          pAlive: 0.82,
          expectedPurchases90: 1.26,
          expectedPurchases365: 4.1,
          expectedNextOrderAt: '2026-12-20',
          expectedAverageOrderValue: 150,
          value12m: 240,
          valueBasis: 'profit',
          model: 'mbgnbd',
        },
      }),
    );
    const text = $('[data-testid="prediction"]')?.textContent ?? '';
    expect(text).toContain('82%');
    expect(text).toContain('1.3');
    expect(text).toContain('$240.00');
    expect(text).toContain('MBG/NBD');
  });

  it('renders a hostile customer name and reason as text', () => {
    const hostile = '<img src=x onerror=alert(1)>\u202Eevil';
    const detail = sampleDetail();
    detail.profile.name = hostile;
    detail.effective = sampleClassification({
      treatment: { headline: hostile, actions: [hostile], fourA: hostile },
    });
    const { host, $ } = mount(detail);
    expect(host.querySelector('img')).toBeNull();
    expect($('h1')?.textContent).toBe(hostile);
  });

  it("shows the engine's warnings in the user's language", async () => {
    const pl = (await import('../../public/_locales/pl/messages.json')).default as MessageCatalog;
    const detail = sampleDetail();
    detail.effective = {
      ...detail.effective,
      warnings: [{ key: 'warn_negative_unpaid', args: [] }],
    };
    const host = document.createElement('div');
    document.body.append(host);
    render(
      <CustomerPanel
        detail={detail}
        vocabulary="classic"
        t={catalogTranslate(pl, en as MessageCatalog)}
        fmt={createFormat('pl')}
        onSelect={vi.fn()}
      />,
      host,
    );
    const shown = [...host.querySelectorAll('.warnings li')].map((li) => li.textContent);
    expect(shown).toEqual([pl.warn_negative_unpaid?.message]);
  });

  it('handles a customer with no metrics and no orders', () => {
    const empty = Object.fromEntries(
      Object.keys(sampleMetrics).map((k) => [k, null]),
    ) as unknown as typeof sampleMetrics;
    const detail = sampleDetail({ history: [], linked: [], diagnostics: [], evidence: [] });
    detail.profile = { key: detail.key };
    detail.effective = sampleClassification({
      stage: 'suspect',
      category: 'unrated',
      metrics: empty,
      reasons: [],
      next: null,
      subgroup: null,
    });
    const { host } = mount(detail);
    expect(host.textContent).toContain('No orders with dates and amounts are known.');
    expect(host.textContent).toContain('No rule fired yet');
    expect(host.textContent).toContain('Already on the top rung.');
  });
});
