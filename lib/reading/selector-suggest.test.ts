// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fieldElement } from '../crms/custom/fields';
import { labelOf } from '../crms/custom/labels';
import { cssEscape, looksGenerated, suggestRowSelector, suggestSelector } from './selector-suggest';

const page = (html: string) => new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
const pick = (doc: Document, css: string) => {
  const el = doc.querySelector(css);
  if (!el) throw new Error(`fixture lacks ${css}`);
  return el;
};

describe('looksGenerated', () => {
  it.each([
    'css-1x2y3z',
    'css-19r2pge-Card',
    'sc-AxjAm',
    'Flex__StyledFlex-sc-1x2y3z',
    'Polaris-Page-Header__Row_375v7',
    '_1j4h2',
    '_abc12',
    'jss42',
    'Button_root__x1y2z',
    'a8f2ee-label',
    ':r1:',
    'ember123',
    'react-select-2-input',
    'mui-12345',
  ])('%s is generated', (token) => {
    expect(looksGenerated(token)).toBe(true);
  });

  it.each([
    'customer-name',
    'woocommerce-table__item',
    'wp-heading-inline',
    'column-order_number',
    'status-processing',
    'order-1024', // a record id: stable per record, handled as record-specific elsewhere
    'email',
    'h1',
    'col-md-6',
  ])('%s is not generated', (token) => {
    expect(looksGenerated(token)).toBe(false);
  });
});

describe('suggestSelector, in order of trust', () => {
  it('prefers a stable #id, and the proposal finds the same element', () => {
    const doc = page(
      '<div class="css-1x2y3z"><span id="customer-email" class="_a1b2c">a@b.c</span></div>',
    );
    const el = pick(doc, 'span');
    const s = suggestSelector(el);
    expect(s).toEqual({ selector: '#customer-email', strategy: 'id', unique: true });
    expect(fieldElement(doc, s)).toBe(el);
  });

  it('skips a generated or record-specific id for a stable attribute', () => {
    const doc = page(
      '<span id=":r7:" data-testid="contact-name">Ada</span><b id="customer-48213" data-qa="ltv">9</b>',
    );
    expect(suggestSelector(pick(doc, 'span'))).toEqual({
      selector: 'span[data-testid="contact-name"]',
      strategy: 'attribute',
      unique: true,
    });
    expect(suggestSelector(pick(doc, 'b')).selector).toBe('b[data-qa="ltv"]');
  });

  it('skips an attribute shared by several elements, falling back to the label', () => {
    const doc = page(
      '<dl><dt>Email</dt><dd name="v">a@b.c</dd><dt>Phone</dt><dd name="v">1</dd></dl>',
    );
    const el = pick(doc, 'dd');
    const s = suggestSelector(el);
    expect(s).toEqual({ label: 'Email', strategy: 'label', unique: true });
    expect(fieldElement(doc, s)).toBe(el);
  });

  it.each([
    [
      'a <th> row heading',
      '<table><tr><th>Lifetime value:</th><td class="_x9y8z">$9</td></tr></table>',
      'td',
      'Lifetime value',
    ],
    [
      'a <label for>',
      '<label for="f-1a2b3">Total spent</label><input id="f-1a2b3" value="9">',
      'input',
      'Total spent',
    ],
    [
      'a "Label:" sibling',
      '<p><span>Orders:</span><span class="sc-xyz12">7</span></p>',
      'span:nth-of-type(2)',
      'Orders',
    ],
    [
      'a column heading',
      '<table><thead><tr><th>Name</th><th>Spent</th></tr></thead><tbody><tr><td>A</td><td>9</td></tr></tbody></table>',
      'tbody td:nth-of-type(2)',
      'Spent',
    ],
  ])('uses %s and finds the element again', (_, html, css, label) => {
    const doc = page(html);
    const el = pick(doc, css);
    // A list's cells are picked within their row (the picker passes it), other values page-wide.
    const row = el.closest('table')?.querySelector('thead') ? el.closest('tr') : null;
    const s = suggestSelector(el, row ? { scope: row } : {});
    expect(s).toEqual({ label, strategy: 'label', unique: true });
    expect(labelOf(el)).toBe(label);
    expect(fieldElement(row ?? doc, s)).toBe(el);
  });

  it('falls back to a short structural path without generated classes', () => {
    const doc = page(
      '<main data-testid="record"><div class="css-1q2w3e"><p class="sc-AxjAm">x</p><p class="note _a1b2c">y</p></div></main>',
    );
    const el = pick(doc, 'p.note');
    const s = suggestSelector(el);
    expect(s.strategy).toBe('structural');
    expect(s.unique).toBe(true);
    expect(s.selector).toBe('p.note:nth-of-type(2)'); // the shortest path that is unique
    expect(s.selector).not.toMatch(/css-|sc-|_a1b2c/);
    expect(fieldElement(doc, s)).toBe(el);
  });

  it('proposes selectors relative to a row when given one', () => {
    const doc = page(
      '<table><tbody><tr><td><a class="css-9f8e7d" href="/c/1">A</a></td><td><i data-qa="spend">1</i></td></tr>' +
        '<tr><td><a class="css-9f8e7d" href="/c/2">B</a></td><td><i data-qa="spend">2</i></td></tr></tbody></table>',
    );
    const row = pick(doc, 'tr:nth-of-type(2)');
    const el = row.querySelector('i') as Element;
    expect(suggestSelector(el, { scope: row })).toEqual({
      selector: 'i[data-qa="spend"]',
      strategy: 'attribute',
      unique: true,
    });
    expect(suggestRowSelector(row)).toBe('tbody > tr');
  });
});

describe('suggestRowSelector', () => {
  it.each([
    [
      '<ul><li data-testid="customer-row">a</li><li data-testid="customer-row">b</li></ul>',
      'li[data-testid="customer-row"]',
    ],
    [
      '<ul><li class="customer css-1x2y3z">a</li><li class="customer css-4d5e6f">b</li></ul>',
      'li.customer',
    ],
    [
      '<div data-qa="list"><div class="_r0w1">a</div><div class="_r0w1">b</div></div>',
      'div[data-qa="list"] > div',
    ],
  ])('%s → %s', (html, expected) => {
    const doc = page(html);
    const row = pick(doc, 'li, div > div');
    const css = suggestRowSelector(row);
    expect(css).toBe(expected);
    expect(doc.querySelectorAll(css).length).toBe(2);
  });
});

describe('cssEscape', () => {
  it.each([
    ['plain-id', 'plain-id'],
    ['1abc', '\\31 abc'],
    ['a.b', 'a\\.b'],
    ['a"b', 'a\\"b'],
  ])('%s → %s', (input, expected) => {
    expect(cssEscape(input)).toBe(expected);
  });
});

describe('label proposals are verified', () => {
  it('narrows from a labelled cell to the clicked link inside it', () => {
    const doc = page(
      '<table><thead><tr><th>Name</th><th>Email</th></tr></thead><tbody>' +
        '<tr><td>A</td><td><span class="css-1a2b3c"><a class="_x9y8z" href="mailto:a@b.c">a@b.c</a></span></td></tr></tbody></table>',
    );
    const row = pick(doc, 'tbody tr');
    const link = pick(doc, 'a');
    const s = suggestSelector(link, { scope: row });
    expect(s).toEqual({ label: 'Email', selector: 'span > a', strategy: 'label', unique: true });
    expect(fieldElement(row, s)).toBe(link);
  });

  it('does not offer a label that leads elsewhere', () => {
    // Two "Total:" labels: the second value cannot be found again by its label alone.
    const doc = page('<p><b>Total:</b><i>1</i></p><p><b>Total:</b><i>2</i></p>');
    const second = pick(doc, 'p:nth-of-type(2) i');
    const s = suggestSelector(second);
    expect(s.strategy).toBe('structural');
    expect(fieldElement(doc, s)).toBe(second);
  });
});

describe('structural paths climb until unique', () => {
  it('adds ancestors up to a stable hook when the element alone is ambiguous', () => {
    const doc = page(
      '<section data-testid="billing"><div><p>x</p></div></section><section data-testid="shipping"><div><p>y</p></div></section>',
    );
    const el = pick(doc, 'section[data-testid="shipping"] p');
    const s = suggestSelector(el);
    expect(s).toEqual({
      selector: 'section[data-testid="shipping"] > div > p',
      strategy: 'structural',
      unique: true,
    });
    expect(fieldElement(doc, s)).toBe(el);
  });
});
