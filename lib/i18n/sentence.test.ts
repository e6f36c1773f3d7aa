import { describe, expect, it } from 'vitest';
import { count, day, money, num, ordinal, phrase, say, share, text } from '../segmentation/say';
import type { Sentence } from '../segmentation/types';
import { createFormat } from '../format/format';
import { sentence } from './sentence';
import { catalogTranslate, type MessageCatalog } from './translate';
import en from '../../public/_locales/en/messages.json';
import pl from '../../public/_locales/pl/messages.json';
import ru from '../../public/_locales/ru/messages.json';
import fa from '../../public/_locales/fa/messages.json';

const t = {
  en: catalogTranslate(en as MessageCatalog),
  pl: catalogTranslate(pl as MessageCatalog),
  ru: catalogTranslate(ru as MessageCatalog),
  fa: catalogTranslate(fa as MessageCatalog),
};
type Lang = keyof typeof t;

/** Intl separates groups and currencies with no-break spaces: compare with plain ones. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const show = (lang: Lang, s: Sentence | undefined, fallback = 'ENGLISH FALLBACK') =>
  plain(sentence(s, fallback, t[lang], createFormat(lang)));

const repeat = (orders: number) => say('why_stage_repeat', count(orders, 'order'), num(2));

describe('plural forms', () => {
  it.each([
    [1, '1 zamówienie'],
    [2, '2 zamówienia'],
    [5, '5 zamówień'],
    [22, '22 zamówienia'],
    [0, '0 zamówień'],
    [21, '21 zamówień'],
    [1.5, '1,5 zamówienia'],
  ])('Polish: %s orders → %s', (n, words) => {
    expect(show('pl', repeat(n))).toBe(`klient powracający: ${words} ≥ 2`);
  });

  it.each([
    [1, '1 заказ'],
    [2, '2 заказа'],
    [5, '5 заказов'],
    [22, '22 заказа'],
    [0, '0 заказов'],
    [21, '21 заказ'],
    [11, '11 заказов'],
  ])('Russian: %s orders → %s', (n, words) => {
    expect(show('ru', repeat(n))).toBe(`повторный покупатель: ${words} ≥ 2`);
  });

  it('English has one and other; Persian writes Persian digits', () => {
    expect(show('en', repeat(1))).toBe('repeat customer: 1 order ≥ 2');
    expect(show('en', repeat(3))).toBe('repeat customer: 3 orders ≥ 2');
    expect(show('fa', repeat(3))).toBe('مشتری تکراری: ۳ سفارش ≥ ۲');
  });

  it('counts the way up ("2 more orders")', () => {
    const step = (n: number) => say('step_repeat', count(n, 'more-order'));
    expect(show('en', step(1))).toBe('1 more order → repeat customer');
    expect(show('en', step(2))).toBe('2 more orders → repeat customer');
    expect(show('pl', step(5))).toBe('jeszcze 5 zamówień → klient powracający');
    expect(show('ru', step(2))).toBe('ещё 2 заказа → повторный покупатель');
  });
});

describe('values in the user locale', () => {
  const deal = say('why_high_potential_open_deal', money(1234.5, 'EUR'), money(10_000, 'EUR'));

  it.each([
    ['en', 'high potential: an open deal of €1,234.50 ≥ €10,000'],
    ['pl', 'wysoki potencjał: otwarta transakcja na 1234,50 € ≥ 10 000 €'],
    ['ru', 'высокий потенциал: открытая сделка на 1 234,50 € ≥ 10 000 €'],
    ['fa', 'پرپتانسیل: یک معاملهٔ باز به مبلغ \u200e€۱٬۲۳۴٫۵۰ ≥ \u200e€۱۰٬۰۰۰'],
  ] as const)('money in %s', (lang, expected) => {
    expect(show(lang, deal)).toBe(expected);
  });

  it('shows an amount without a usable currency code as a plain number', () => {
    const odd = say('why_high_potential_open_deal', money(1500, 'zł'), money(10_000, null));
    expect(show('en', odd)).toBe('high potential: an open deal of 1,500 ≥ 10,000');
  });

  it.each([
    ['en', 'March 1, 2026'],
    ['pl', '1 marca 2026'],
    ['ru', '1 марта 2026 г.'],
    // Persian dates are in the Solar Hijri calendar, as Iranian staff read them.
    ['fa', '۱۰ اسفند ۱۴۰۴'],
  ] as const)('dates in %s', (lang, date) => {
    const step = say(
      'step_client_date',
      count(1, 'more-order'),
      day('2026-03-01'),
      count(180, 'day'),
    );
    expect(show(lang, step)).toContain(date);
  });

  it('shares as percentages and ranks as ordinals', () => {
    const seeker = (rank: number) =>
      say(
        'why_discount_seeker',
        share(0.6),
        share(0.5),
        money(30, 'USD'),
        ordinal(rank),
        money(45, 'USD'),
      );
    expect(show('en', seeker(40))).toBe(
      "discount seeker: 60% of orders discounted ≥ 50%, and average order $30 ≤ $45 (the account's 40th percentile)",
    );
    expect(show('en', seeker(1))).toContain("account's 1st percentile");
    expect(show('en', seeker(22))).toContain("account's 22nd percentile");
    expect(show('en', seeker(33))).toContain("account's 33rd percentile");
    expect(show('en', seeker(13))).toContain("account's 13th percentile");
    expect(show('pl', seeker(40))).toBe(
      'łowca rabatów: 60% zamówień z rabatem ≥ 50%, a średnie zamówienie 30 USD ≤ 45 USD (40. percentyl konta)',
    );
  });

  it('falls back to English number formatting for a malformed locale', () => {
    expect(plain(sentence(repeat(1234), 'x', t.en, createFormat('not a locale!')))).toBe(
      'repeat customer: 1,234 orders ≥ 2',
    );
  });
});

describe('fallback to the English text', () => {
  it('uses the text when there is no sentence (results cached before translation)', () => {
    expect(show('pl', undefined, 'repeat customer: 3 orders ≥ 2')).toBe(
      'repeat customer: 3 orders ≥ 2',
    );
  });

  it('uses the text when the catalogue lacks the key', () => {
    expect(show('pl', say('why_not_a_key', num(1)))).toBe('ENGLISH FALLBACK');
  });

  it('uses the text when an argument is malformed', () => {
    expect(show('pl', say('why_stage_repeat', count(Number.NaN, 'order'), num(2)))).toBe(
      'ENGLISH FALLBACK',
    );
    expect(show('pl', say('why_stage_repeat', num(Infinity), num(2)))).toBe('ENGLISH FALLBACK');
    const unknownKind = { key: 'why_stage_repeat', args: [{ kind: 'html', value: '<b>' }] };
    expect(show('pl', unknownKind as unknown as Sentence)).toBe('ENGLISH FALLBACK');
    const noArgs = { key: 'why_stage_repeat', args: 'none' };
    expect(show('pl', noArgs as unknown as Sentence)).toBe('ENGLISH FALLBACK');
    expect(show('pl', say('step_client_date', count(1, 'more-order'), day('soon'), num(1)))).toBe(
      'ENGLISH FALLBACK',
    );
  });

  it('uses the text when a nested phrase cannot be translated', () => {
    const broken = say('why_stage_prospect', phrase(say('fact_missing', text('lead'))));
    expect(show('ru', broken)).toBe('ENGLISH FALLBACK');
    const fine = say('why_stage_prospect', phrase(say('fact_activity')));
    expect(show('ru', fine)).toBe(
      'перспективный: заказов пока нет, но есть признак интереса: зафиксированная активность',
    );
  });
});

describe('untrusted text', () => {
  const stage = (value: string) =>
    say('why_stage_prospect', phrase(say('fact_crm_stage', text(value))));

  it('keeps markup as text, isolated from the sentence around it', () => {
    const shown = show('en', stage('<img src=x onerror=alert(1)>'));
    expect(shown).toBe(
      'prospect: no orders yet, but CRM lifecycle stage "\u2068<img src=x onerror=alert(1)>\u2069"',
    );
  });

  it('drops bidi overrides and zero-width characters, and cuts huge text', () => {
    const shown = show('fa', stage('\u202eevil\u200b\u2066name'));
    expect(shown).toContain('«\u2068evilname\u2069»');
    expect(shown).not.toMatch(/[\u202e\u200b\u2066]/);
    const huge = show('en', stage('x'.repeat(100_000)));
    expect(huge.length).toBeLessThan(300);
    expect(huge).toContain(`${'x'.repeat(200)}…`);
  });

  it('never treats text as a placeholder or a message key', () => {
    expect(show('en', stage('$1 $$ $P1$ why_core'))).toBe(
      'prospect: no orders yet, but CRM lifecycle stage "\u2068$1 $$ $P1$ why_core\u2069"',
    );
  });
});
