// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Badge } from './Badge';
import type { BadgeView } from '../../lib/messages/protocol';
import { catalogTranslate, type MessageCatalog } from '../../lib/i18n/translate';
import en from '../../public/_locales/en/messages.json';

const t = catalogTranslate(en as MessageCatalog);

function view(overrides: Partial<BadgeView> = {}): BadgeView {
  return {
    key: { crm: 'hubspot', account: '123', id: '42' },
    stage: 'repeat',
    category: 'core',
    categoryLabel: 'Core',
    treatmentHeadline: 'Engage: thank them and cross-sell',
    topReasons: ['repeat customer: 3 orders ≥ 2', 'core: none of the other rules', 'third'],
    confidence: 'high',
    overridden: false,
    disagrees: false,
    ...overrides,
  };
}

function mount(props: Partial<Parameters<typeof Badge>[0]> = {}) {
  const host = document.createElement('div');
  document.body.append(host);
  const onOpen = vi.fn();
  render(
    <Badge view={view()} state="ready" incomplete={false} t={t} onOpen={onOpen} {...props} />,
    host,
  );
  const pill = host.querySelector<HTMLButtonElement>('[data-testid="rung-badge"]');
  if (!pill) throw new Error('no pill rendered');
  return { host, pill, onOpen };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Badge', () => {
  it('is a button carrying the test hooks and an accessible name', () => {
    const { pill } = mount();
    expect(pill.tagName).toBe('BUTTON');
    expect(pill.dataset.stage).toBe('repeat');
    expect(pill.dataset.category).toBe('core');
    expect(pill.dataset.overridden).toBe('false');
    expect(pill.dataset.state).toBe('ready');
    expect(pill.getAttribute('aria-label')).toBe(
      'Rung: Repeat customer, Core. Press Enter to open details',
    );
    expect(pill.textContent).toBe('●Repeat');
  });

  it('calls onOpen when activated', () => {
    const { pill, onOpen } = mount();
    pill.click();
    expect(onOpen).toHaveBeenCalledTimes(1);
  });

  it('shows the headline and only the top two reasons in the tooltip', () => {
    const { host } = mount();
    const tip = host.querySelector('[role="tooltip"]');
    expect(tip?.querySelector('.tip-headline')?.textContent).toBe(
      'Engage: thank them and cross-sell',
    );
    const reasons = [...(tip?.querySelectorAll('.tip-reason') ?? [])].map((r) => r.textContent);
    expect(reasons).toEqual(['repeat customer: 3 orders ≥ 2', 'core: none of the other rules']);
  });

  it('marks an override, a disagreement, low confidence and an incomplete read', () => {
    const { pill } = mount({
      view: view({ overridden: true, disagrees: true, confidence: 'low' }),
      incomplete: true,
    });
    expect(pill.dataset.overridden).toBe('true');
    const kinds = [...pill.querySelectorAll('.marker')].map((m) => m.className);
    expect(kinds).toEqual([
      'marker marker-override',
      'marker marker-disagrees',
      'marker marker-low-confidence',
      'marker marker-incomplete',
    ]);
    const label = pill.getAttribute('aria-label') ?? '';
    expect(label).toContain('Set by hand');
    expect(label).toContain('Low confidence');
    expect(label).toContain('Incomplete read');
  });

  it('shows no markers for a confident, automatic, complete result', () => {
    const { pill } = mount({ view: view({ confidence: 'medium', disagrees: true }) });
    // `disagrees` alone means nothing without an override.
    expect(pill.querySelectorAll('.marker')).toHaveLength(0);
  });

  it('renders hostile scraped text as text, never as markup', () => {
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>\u202Egnp.exe\u200B';
    const { host } = mount({
      view: view({ categoryLabel: hostile, treatmentHeadline: hostile, topReasons: [hostile] }),
    });
    expect(host.querySelector('img')).toBeNull();
    expect(host.querySelector('script')).toBeNull();
    expect(host.querySelector('.tip-headline')?.textContent).toBe(hostile);
  });

  it('translates a default category label and keeps one the user wrote', async () => {
    const pl = (await import('../../public/_locales/pl/messages.json')).default;
    const tPl = catalogTranslate(pl as MessageCatalog, en as MessageCatalog);
    const { pill } = mount({
      view: view({ category: 'demanding', categoryLabel: 'Vampire' }),
      t: tPl,
    });
    expect(pill.getAttribute('aria-label')).toContain('Wampir');
    document.body.innerHTML = '';
    const custom = mount({
      view: view({ category: 'demanding', categoryLabel: 'Trudny' }),
      t: tPl,
    });
    expect(custom.pill.getAttribute('aria-label')).toContain('Trudny');
    document.body.innerHTML = '';
    const classic = mount({
      view: view({ category: 'demanding', categoryLabel: 'Demanding' }),
      t: tPl,
    });
    expect(classic.pill.getAttribute('aria-label')).toContain('Wymagający');
  });

  it('survives a huge label without dropping the hooks', () => {
    const { pill } = mount({ view: view({ categoryLabel: 'x'.repeat(100_000) }) });
    expect(pill.dataset.category).toBe('core');
  });

  it.each([
    ['pending', 'Rung: classifying this customer'],
    ['error', 'Rung could not classify this customer. Press Enter for details'],
  ] as const)('shows a %s pill before a result exists', (state, label) => {
    const { pill, onOpen } = mount({ view: null, state });
    expect(pill.dataset.state).toBe(state);
    expect(pill.dataset.stage).toBe('');
    expect(pill.getAttribute('aria-label')).toBe(label);
    pill.click();
    expect(onOpen).toHaveBeenCalledTimes(1);
  });

  it('explains a ready badge without a customer key', () => {
    const { pill } = mount({ view: null, state: 'ready' });
    expect(pill.getAttribute('aria-label')).toBe(
      'Rung: this customer has no id or e-mail on the page',
    );
  });
});
