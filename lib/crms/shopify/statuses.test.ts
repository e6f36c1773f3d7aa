import { describe, expect, it } from 'vitest';
import { languageOrder } from './labels';
import { paymentStatus, rfmGroup } from './statuses';

const ALL = languageOrder(undefined);

describe('Shopify status values', () => {
  it.each([
    ['Paid', 'paid'],
    ['Pending', 'pending'],
    ['Unpaid', 'pending'],
    ['Overdue', 'overdue'],
    ['Partially refunded', 'partially_refunded'],
    ['Refunded', 'refunded'],
    ['Voided', 'voided'],
    ['Opłacone', 'paid'],
    ['Просрочен', 'overdue'],
    ['Teilweise erstattet', 'partially_refunded'],
  ])('badge %s → %s', (text, status) => {
    expect(paymentStatus(text, ALL)).toBe(status);
  });

  it('knows nothing of fulfilment badges or free text', () => {
    expect(paymentStatus('Fulfilled', ALL)).toBeUndefined();
    expect(paymentStatus('Paid by customer', ALL)).toBeUndefined();
    expect(paymentStatus('', ALL)).toBeUndefined();
  });

  it('maps RFM display names and the enum itself, in each language', () => {
    expect(rfmGroup('At risk', ALL)).toBe('AT_RISK');
    expect(rfmGroup('AT_RISK', ALL)).toBe('AT_RISK');
    expect(rfmGroup('Needs attention', ALL)).toBe('NEEDS_ATTENTION');
    expect(rfmGroup('Zagrożeni', ALL)).toBe('AT_RISK');
    expect(rfmGroup('В зоне риска', ALL)).toBe('AT_RISK');
    expect(rfmGroup('Gefährdet', ALL)).toBe('AT_RISK');
    expect(rfmGroup('Somewhat risky', ALL)).toBeUndefined();
  });

  it('tries the page language first, then the others', () => {
    expect(languageOrder('de-AT')).toEqual(['de', 'en', 'pl', 'ru']);
    expect(languageOrder('fr')).toEqual(['en', 'pl', 'ru', 'de']);
  });
});
