// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  idFromHref,
  pageLocale,
  readDate,
  readEmail,
  readMoney,
  readWholeNumber,
} from './read-values';

const CTX = { now: new Date('2026-11-23T12:00:00Z'), locale: 'en-US' };

function el(html: string): Element {
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
  return doc.body.firstElementChild as Element;
}

describe('reading values', () => {
  it('prefers time[datetime] over the display text, and ignores a bogus datetime', () => {
    expect(readDate(el('<span><time datetime="2025-03-01">yesterday-ish</time></span>'), CTX)).toBe(
      '2025-03-01',
    );
    expect(readDate(el('<time datetime="not a date">Mar 3, 2023</time>'), CTX)).toBe('2023-03-03');
    expect(readDate(el('<span>soon</span>'), CTX)).toBeUndefined();
    expect(readDate(null, CTX)).toBeUndefined();
  });

  it('reads money with its currency and refuses what is not money', () => {
    expect(readMoney(el('<b>$1,234.56</b>'), CTX)).toEqual({ amount: 1234.56, currency: 'USD' });
    expect(readMoney(el('<b>1.234,56 €</b>'), { ...CTX, locale: 'de' })).toEqual({
      amount: 1234.56,
      currency: 'EUR',
    });
    expect(readMoney(el('<b>$NaN</b>'), CTX)).toBeUndefined();
    expect(readMoney(el('<b></b>'), CTX)).toBeUndefined();
  });

  it('reads e-mail from mailto (decoded, cleaned, lower-cased), else from text', () => {
    expect(readEmail(el('<a href="mailto:Ada%40Example.com?subject=hi">x</a>'))).toBe(
      'ada@example.com',
    );
    expect(readEmail(el('<span> Bob@Example.ORG </span>'))).toBe('bob@example.org');
    expect(readEmail(el('<a href="mailto:%E0%A4%A">ada@example.com</a>'))).toBe('ada@example.com');
    expect(readEmail(el('<span>&lt;img src=x&gt;@example.com</span>'))).toBeUndefined();
    expect(readEmail(el('<span>not an address</span>'))).toBeUndefined();
    expect(readEmail(el('<a href="javascript:alert(1)">eve@example.com</a>'))).toBe(
      'eve@example.com',
    );
  });

  it('reads whole numbers only', () => {
    expect(readWholeNumber(el('<b>7</b>'))).toBe(7);
    expect(readWholeNumber(el('<b>1,234</b>'))).toBe(1234);
    expect(readWholeNumber(el('<b>0</b>'))).toBe(0);
    expect(readWholeNumber(el('<b>7e400</b>'))).toBeUndefined();
    expect(readWholeNumber(el('<b>-3</b>'))).toBeUndefined();
    expect(readWholeNumber(el('<b>seven</b>'))).toBeUndefined();
  });

  it('takes ids from hrefs and the locale from <html lang>', () => {
    expect(idFromHref(el('<a href="/store/s/orders/123?x=1">o</a>'), /\/orders\/(\d+)/)).toBe(
      '123',
    );
    expect(idFromHref(el('<a>no href</a>'), /\/orders\/(\d+)/)).toBeUndefined();
    const doc = new DOMParser().parseFromString(
      '<html lang="pl-PL"><body></body></html>',
      'text/html',
    );
    expect(pageLocale(doc)).toBe('pl-PL');
    doc.documentElement.lang = 'x"><script>';
    expect(pageLocale(doc)).toBeUndefined();
  });
});
