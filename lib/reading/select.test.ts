// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { countMatches, labelKey, leaves, Selection, shownText, textOf } from './select';

const TABLE = {
  title: [
    { css: '[data-test-id="title"]', source: 'stable hook, 2026' },
    { css: 'h1', source: 'fallback, 2026' },
  ],
  missing: [{ css: '[data-none]', source: 'never there, 2026' }],
  broken: [
    { css: ':::not css', source: 'unparseable, 2026' },
    { css: 'p', source: 'fallback, 2026' },
  ],
};

function page(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
}

describe('Selection', () => {
  it('prefers the first candidate even when a fallback comes earlier in the document', () => {
    const doc = page('<h1>Fallback</h1><div data-test-id="title">Stable</div>');
    const sel = new Selection(TABLE);
    expect(textOf(sel.one('title', doc))).toBe('Stable');
    expect(sel.diagnostics()).toEqual([]);
  });

  it('falls back in order, filters by accept, and notes keys that find nothing', () => {
    const doc = page('<h1 data-stale>Old</h1><h1>New</h1>');
    const sel = new Selection(TABLE);
    const found = sel.all('title', doc, (el) => !el.hasAttribute('data-stale'));
    expect(found.map((el) => el.textContent)).toEqual(['New']);
    expect(sel.one('missing', doc)).toBeNull();
    expect(sel.optional('missing', page(''))).toBeNull();
    sel.unparsed('title');
    sel.note('custom:thing');
    expect(sel.diagnostics()).toEqual(['missing', 'title:unparsed', 'custom:thing']);
  });

  it('optional lookups leave no diagnostic, but keep one noted earlier', () => {
    const sel = new Selection(TABLE);
    expect(sel.optionalAll('missing', page(''))).toEqual([]);
    expect(sel.diagnostics()).toEqual([]);
    sel.one('missing', page(''));
    sel.optional('missing', page(''));
    expect(sel.diagnostics()).toEqual(['missing']);
  });

  it('treats a selector the engine rejects as no match and moves on', () => {
    const doc = page('<p>one</p><p>two</p>');
    expect(new Selection(TABLE).all('broken', doc)).toHaveLength(2);
    expect(countMatches(TABLE, doc)).toEqual({ title: 0, missing: 0, broken: 2 });
  });
});

describe('text helpers', () => {
  it('reads text without script or style content, bidi controls or zero-width characters', () => {
    const doc = page(
      '<h1 id="t">\u202EEve\u200B <script>alert(1)</script><style>h1{}</style>Smith</h1>',
    );
    expect(textOf(doc.getElementById('t'))).toBe('Eve Smith');
    expect(textOf(null)).toBe('');
    expect(textOf(doc.querySelector('script'))).toBe('');
  });

  it('caps length', () => {
    const doc = page(`<p>${'a'.repeat(10_000)}</p>`);
    expect(textOf(doc.querySelector('p'), 50)).toHaveLength(50);
  });

  it('reads an empty-value dash as empty', () => {
    const doc = page('<i>--</i><b>—</b><u>-5</u>');
    expect(shownText(doc.querySelector('i'))).toBe('');
    expect(shownText(doc.querySelector('b'))).toBe('');
    expect(shownText(doc.querySelector('u'))).toBe('-5');
  });

  it('lists leaves including the root, never inside scripts', () => {
    const doc = page(
      '<div id="r"><span>a</span><p><b>b</b></p><script>x</script></div><em id="e">x</em>',
    );
    expect(leaves(doc.getElementById('r') as Element).map((el) => el.tagName)).toEqual([
      'SPAN',
      'B',
    ]);
    expect(leaves(doc.getElementById('e') as Element).map((el) => el.tagName)).toEqual(['EM']);
  });

  it('compares labels ignoring case, spacing and a trailing colon', () => {
    expect(labelKey('  Amount\u00A0 Spent: ')).toBe('amount spent');
    expect(labelKey('Kunde seit')).toBe(labelKey('KUNDE SEIT:'));
    expect(labelKey('Orders')).not.toBe(labelKey('Order'));
  });
});
