// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildPill, pillMaker, type BadgeContent } from './badge-pill';
import { buildTip } from './badge-tip';
import type { BadgeView } from '../../lib/messages/protocol';
import { catalogTranslate, type MessageCatalog } from '../../lib/i18n/translate';
import en from '../../public/_locales/en/messages.json';
import { defaultPlaybook } from '../../lib/segmentation/playbook';

const t = catalogTranslate(en as MessageCatalog);

function view(overrides: Partial<BadgeView> = {}): BadgeView {
  return {
    key: { crm: 'hubspot', account: '123', id: '42' },
    stage: 'repeat',
    category: 'core',
    categoryLabel: 'Core',
    treatmentHeadline: 'Engage: thank them and cross-sell',
    topReasons: [
      {
        key: 'why_stage_repeat',
        args: [
          { kind: 'count', value: 3, unit: 'order' },
          { kind: 'number', value: 2 },
        ],
      },
      { key: 'why_core', args: [] },
      { key: 'why_stage_suspect', args: [] },
    ],
    confidence: 'high',
    overridden: false,
    disagrees: false,
    ...overrides,
  };
}

function mount(content: Partial<BadgeContent> & { t?: typeof t } = {}) {
  const { t: translate = t, ...rest } = content;
  const full: BadgeContent = { view: view(), state: 'ready', incomplete: false, ...rest };
  const pill = buildPill(full, translate);
  const tip = full.view ? buildTip(full.view, translate, 'en') : null;
  return { pill, tip };
}

describe('badge pill and tooltip', () => {
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

  it('shows the headline and only the top two reasons in the tooltip', () => {
    const { tip } = mount();
    expect(tip?.getAttribute('role')).toBe('tooltip');
    expect(tip?.querySelector('.tip-headline')?.textContent).toBe(
      'Engage: thank them and cross-sell',
    );
    const reasons = [...(tip?.querySelectorAll('.tip-reason') ?? [])].map((r) => r.textContent);
    expect(reasons).toEqual([
      'repeat customer: 3 orders ≥ 2',
      'core: has ordered, and no other category rule matched',
    ]);
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

  it('marks a buyer known only by name on an orders list as provisional', () => {
    const key = { crm: 'woocommerce', account: 'laden.example.de', id: 'buyer-name:clara vogel' };
    const { pill } = mount({ view: view({ key, confidence: 'medium' }) });
    expect([...pill.querySelectorAll('.marker')].map((m) => m.className)).toEqual([
      'marker marker-provisional',
    ]);
    expect(pill.getAttribute('aria-label')).toContain("Known only by the buyer's name");
  });

  it('shows no markers for a confident, automatic, complete result', () => {
    const { pill } = mount({ view: view({ confidence: 'medium', disagrees: true }) });
    // `disagrees` alone means nothing without an override.
    expect(pill.querySelectorAll('.marker')).toHaveLength(0);
  });

  it('renders hostile scraped text as text, never as markup', () => {
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>\u202Egnp.exe\u200B';
    const { pill, tip } = mount({
      view: view({
        categoryLabel: hostile,
        treatmentHeadline: hostile,
        topReasons: [{ key: 'fact_tag', args: [{ kind: 'text', value: hostile }] }],
      }),
    });
    for (const part of [pill, tip]) {
      expect(part?.querySelector('img')).toBeNull();
      expect(part?.querySelector('script')).toBeNull();
    }
    expect(tip?.querySelector('.tip-headline')?.textContent).toBe(hostile);
    expect(tip?.querySelector('.tip-title')?.textContent).toBe(`Repeat customer · ${hostile}`);
  });

  it('translates a default category label and keeps one the user wrote', async () => {
    const pl = (await import('../../public/_locales/pl/messages.json')).default;
    const tPl = catalogTranslate(pl as MessageCatalog, en as MessageCatalog);
    const { pill } = mount({
      view: view({ category: 'demanding', categoryLabel: 'Vampire' }),
      t: tPl,
    });
    expect(pill.getAttribute('aria-label')).toContain('Wampir');
    const custom = mount({
      view: view({ category: 'demanding', categoryLabel: 'Trudny' }),
      t: tPl,
    });
    expect(custom.pill.getAttribute('aria-label')).toContain('Trudny');
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
    const { pill } = mount({ view: null, state });
    expect(pill.dataset.state).toBe(state);
    expect(pill.dataset.stage).toBe('');
    expect(pill.getAttribute('aria-label')).toBe(label);
  });

  it('explains a ready badge without a customer key', () => {
    const { pill } = mount({ view: null, state: 'ready' });
    expect(pill.getAttribute('aria-label')).toBe(
      'Rung: this customer has no id or e-mail on the page',
    );
  });

  it('prepares each distinct pill once and clones it, telling different ones apart', () => {
    let lookups = 0;
    const counting: typeof t = (key, subs) => {
      lookups += 1;
      return t(key, subs);
    };
    const make = pillMaker(counting);
    const ready = (v: BadgeView, incomplete = false) =>
      make({ view: v, state: 'ready', incomplete });
    const first = ready(view());
    const counted = lookups;
    const second = ready(view({ key: { crm: 'hubspot', account: '1', id: '2' } }));
    expect(lookups).toBe(counted);
    expect(second).not.toBe(first);
    expect(second.outerHTML).toBe(first.outerHTML);
    expect(ready(view(), true).getAttribute('aria-label')).toContain('Incomplete read');
    expect(ready(view({ stage: 'client' })).dataset.stage).toBe('client');
    expect(ready(view({ categoryLabel: 'Mine' })).getAttribute('aria-label')).toContain('Mine');
    expect(make({ view: null, state: 'pending', incomplete: false }).dataset.state).toBe('pending');
  });

  it('clones fresh pills: changing one never changes another', () => {
    const a = mount().pill;
    const b = mount({ view: view({ stage: 'client', confidence: 'low' }) }).pill;
    expect(a.dataset.stage).toBe('repeat');
    expect(a.querySelectorAll('.marker')).toHaveLength(0);
    expect(b.querySelectorAll('.marker')).toHaveLength(1);
  });

  it("shows the engine's sentences and the default headline in the user's language", async () => {
    const pl = (await import('../../public/_locales/pl/messages.json')).default;
    const tPl = catalogTranslate(pl as MessageCatalog, en as MessageCatalog);
    const tip = buildTip(
      view({
        treatmentHeadline: defaultPlaybook.stages['first-time'].headline,
        topReasons: [
          {
            key: 'why_stage_repeat',
            args: [
              { kind: 'count', value: 5, unit: 'order' },
              { kind: 'number', value: 2 },
            ],
          },
        ],
      }),
      tPl,
      'pl',
    );
    expect(tip.querySelector('.tip-headline')?.textContent).toBe(
      (pl as MessageCatalog).pb_stage_first_time_headline?.message,
    );
    const reasons = [...tip.querySelectorAll('.tip-reason')].map((r) => r.textContent);
    expect(reasons).toEqual(['klient powracający: 5 zamówień ≥ 2']);
  });

  it('says who set a result by hand, in the user language, their words isolated as text', async () => {
    const pl = (await import('../../public/_locales/pl/messages.json')).default;
    const tPl = catalogTranslate(pl as MessageCatalog, en as MessageCatalog);
    const tip = buildTip(
      view({
        topReasons: [
          {
            key: 'badge_reason_set_by',
            args: [
              { kind: 'text', value: 'Eve' },
              { kind: 'text', value: '<b>met</b> at the fair' },
            ],
          },
        ],
      }),
      tPl,
      'pl',
    );
    const reason = tip.querySelector('.tip-reason');
    expect(reason?.textContent).toBe(
      'Ustawione ręcznie przez \u2068Eve\u2069: \u2068<b>met</b> at the fair\u2069',
    );
    expect(reason?.querySelector('b')).toBeNull();
  });

  it('names the visible short label when the full name does not contain it (label in name)', async () => {
    const ru = (await import('../../public/_locales/ru/messages.json')).default as MessageCatalog;
    const tRu = catalogTranslate(ru, en as MessageCatalog);
    for (const translate of [t, tRu]) {
      const { pill } = mount({ view: view({ stage: 'disqualified' }), t: translate });
      const shown = pill.querySelector('.stage')?.textContent ?? '';
      expect(shown.length).toBeGreaterThan(0);
      expect(pill.getAttribute('aria-label')?.toLowerCase()).toContain(shown.toLowerCase());
    }
    // A prefix of a longer word is not the word: 'Повтор' is not read in 'Повторный'.
    const { pill } = mount({ view: view({ stage: 'repeat' }), t: tRu });
    const shown = pill.querySelector('.stage')?.textContent ?? '';
    expect(pill.getAttribute('aria-label')?.startsWith(`${shown}: `)).toBe(true);
    expect(mount().pill.getAttribute('aria-label')).toBe(
      'Rung: Repeat customer, Core. Press Enter to open details',
    );
  });

  it("speaks the user's language on a page in another one", () => {
    const pill = buildPill({ view: view(), state: 'ready', incomplete: false }, t, {
      lang: 'fa',
      dir: 'rtl',
    });
    expect([pill.lang, pill.dir]).toEqual(['fa', 'rtl']);
    const tip = buildTip(view(), t, 'fa', 'rtl');
    expect([tip.lang, tip.dir]).toEqual(['fa', 'rtl']);
  });
});
