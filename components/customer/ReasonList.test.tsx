// @vitest-environment happy-dom
import { render, type VNode } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CustomerPanel } from './CustomerPanel';
import { NextStep } from './NextStep';
import { PredictionCard } from './PredictionCard';
import { ReasonList } from './ReasonList';
import { catalogTranslate, type MessageCatalog } from '../../lib/i18n/translate';
import { createFormat } from '../../lib/format/format';
import { classify } from '../../lib/segmentation';
import { count, day, num, phrase, say, text } from '../../lib/segmentation/say';
import { sampleDetail } from '../testing/sampleDetail';
import en from '../../public/_locales/en/messages.json';
import pl from '../../public/_locales/pl/messages.json';
import fa from '../../public/_locales/fa/messages.json';
import ru from '../../public/_locales/ru/messages.json';

const tPl = catalogTranslate(pl as MessageCatalog, en as MessageCatalog);
const tFa = catalogTranslate(fa as MessageCatalog, en as MessageCatalog);
const tEn = catalogTranslate(en as MessageCatalog);
const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();

function mount(node: VNode) {
  const host = document.createElement('div');
  document.body.append(host);
  render(node, host);
  const texts = (selector: string) =>
    [...host.querySelectorAll(selector)].map((el) => plain(el.textContent));
  return { host, texts };
}

afterEach(() => {
  document.body.innerHTML = '';
});

/** A demanding repeat customer (tickets and support cost), classified by the real engine. */
const engineResult = classify(
  {
    key: { crm: 'shopify', account: 'acme', id: '1' },
    orders: [
      { id: 'a', placedAt: '2025-12-01', total: 100, currency: 'PLN' },
      { id: 'b', placedAt: '2025-12-20', total: 120, currency: 'PLN' },
    ],
    tickets: 5,
  },
  { asOf: '2026-01-01' },
);

describe('the side panel in Polish', () => {
  it('shows the engine’s reasons and next step in Polish, numbers formatted for pl', () => {
    const detail = sampleDetail({ automatic: engineResult, effective: engineResult });
    const fmt = createFormat('pl');
    const { texts } = mount(
      <CustomerPanel detail={detail} vocabulary="classic" t={tPl} fmt={fmt} onSelect={() => {}} />,
    );
    expect(texts('[data-testid="reasons"] li')).toEqual([
      'etap klient powracający: 2 zamówienia ≥ 2',
      'kategoria wymagający: 5 zgłoszeń na 2 zamówienia = 2,5 ≥ 0,5',
      // 5 tickets × 15 = 75 support cost, 34.1 % of 220 net revenue; the sentence gives the
      // share in percent, so the raw value and threshold follow in the note.
      'kategoria wymagający: koszt obsługi 75 zł to 34,1% przychodu netto 220 zł ≥ 30% (wartość 0,34, próg 0,3)',
      // Profit 220 × 0.4 − 75 = 13: between the fallback limits 0 and 500.
      'zysk przeciętny: zysk 13 zł między 0 zł a 500 zł (progi domyślne)',
    ]);
    const next = texts('[data-testid="next-step"] p')[0];
    expect(next).toMatch(/^Stały klient: jeszcze 2 zamówienia, ostatnie nie wcześniej niż /);
    expect(next).toContain('maja 2026 (180 dni po pierwszym) → stały klient');
  });

  it('renders a stored result in the user’s language', () => {
    const { texts } = mount(
      <ReasonList reasons={sampleDetail().effective.reasons} t={tPl} fmt={createFormat('pl')} />,
    );
    expect(texts('li')[0]).toBe('etap klient powracający: 3 zamówienia ≥ 2');
  });
});

describe('reasons from a hostile page', () => {
  it('renders a scraped CRM stage as text, never as markup', () => {
    const hostile = '<img src=x onerror="window.hacked=1">\u202e';
    const reasons = [
      {
        rule: 'stage.prospect',
        decides: 'stage' as const,
        value: hostile,
        say: say('why_stage_prospect', phrase(say('fact_crm_stage', text(hostile)))),
      },
    ];
    const { host, texts } = mount(
      <ReasonList reasons={reasons} t={tPl} fmt={createFormat('pl')} />,
    );
    expect(host.querySelector('img')).toBeNull();
    expect(texts('li')[0]).toContain('„\u2068<img src=x onerror="window.hacked=1">\u2069”');
    expect(texts('li')[0]).not.toContain('\u202e');
  });
});

describe('other languages and locales', () => {
  it('writes Persian digits in a Persian reason', () => {
    const reasons = [
      {
        rule: 'stage.repeat',
        decides: 'stage' as const,
        value: 3,
        threshold: 2,
        say: say('why_stage_repeat', count(3, 'order'), num(2)),
      },
    ];
    const { texts } = mount(<ReasonList reasons={reasons} t={tFa} fmt={createFormat('fa')} />);
    expect(texts('li')[0]).toBe('پله مشتری تکراری: ۳ سفارش ≥ ۲');
  });

  it('formats the next step’s date in the page’s locale when it gives one', () => {
    const next = {
      stage: 'client' as const,
      say: say('step_client_date', count(1, 'more-order'), day('2026-03-01'), count(180, 'day')),
    };
    const us = mount(<NextStep next={next} t={tEn} fmt={createFormat('en-US')} />);
    expect(us.texts('p')[0]).toContain('on or after March 1, 2026');
    const uk = mount(<NextStep next={next} t={tEn} fmt={createFormat('en-GB')} />);
    expect(uk.texts('p')[0]).toContain('on or after 1 March 2026');
  });

  it('translates why the account has no purchase model', () => {
    const tRu = catalogTranslate(ru as MessageCatalog, en as MessageCatalog);
    const { texts } = mount(
      <PredictionCard
        prediction={null}
        note={say('model_note_too_few_repeat_customers', num(12), num(50))}
        currency={null}
        t={tRu}
        fmt={createFormat('ru')}
      />,
    );
    expect(texts('[data-testid="prediction-unavailable"] p')).toEqual([
      'Повторных покупателей: 12, а модели нужно 50; решают правила.',
    ]);
  });
});
