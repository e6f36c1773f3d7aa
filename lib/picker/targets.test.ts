// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { customFixture } from '../../tests/fixtures/custom/load';
import { containingRow, proposePick, rowElementOf } from './targets';

const ROW = 'tr[data-testid="customer-row"]';

describe('proposePick on the Acme list (generated classes everywhere)', () => {
  const doc = customFixture('acme-customers.html');
  const nameLink = doc.querySelector('a[href="/customers/4712"]')!;
  const mail = doc.querySelector('a[href="mailto:erika@example.de"]')!;

  it('a click anywhere in a row proposes the shared row selector, counting every row', () => {
    const pick = proposePick(nameLink, 'row', undefined);
    expect(pick).toEqual({
      ok: true,
      field: { selector: ROW, strategy: 'attribute' },
      rows: 3,
    });
  });

  it('row fields are proposed relative to the row, by their column label', () => {
    const pick = proposePick(mail, 'email', ROW);
    expect(pick.ok).toBe(true);
    if (!pick.ok) return;
    expect(pick.field.label).toBe('E-Mail');
    expect(pick.field.strategy).toBe('label');
    expect(pick.field.selector ?? '').not.toMatch(/_c3ll1|css-/);
  });

  it('a click outside every row is refused on a list page', () => {
    const heading = doc.querySelector('h1')!;
    expect(proposePick(heading, 'name', ROW)).toEqual({ ok: false, reason: 'outside-row' });
    expect(proposePick(heading, 'row', undefined)).toEqual({ ok: false, reason: 'no-row' });
  });

  it('picking the row itself reads the row (:scope), e.g. for a data attribute id', () => {
    const row = doc.querySelector(ROW)!;
    expect(proposePick(row, 'id', ROW)).toEqual({
      ok: true,
      field: { selector: ':scope', strategy: 'structural' },
    });
  });

  it('an id picked on a record link proposes its href and the path’s last number', () => {
    const link = doc.querySelector('a[href="/customers/4711"]')!;
    const pick = proposePick(link, 'id', ROW);
    expect(pick.ok && pick.field.attribute).toBe('href');
    const pattern = pick.ok ? new RegExp(pick.field.pattern ?? '') : null;
    expect(pattern?.exec('/customers/4711')?.[1]).toBe('4711');
    expect(pattern?.exec('/accounts/3/customers/98?tab=orders')?.[1]).toBe('98');
    // The same link picked for the name stays its text.
    const asName = proposePick(link, 'name', ROW);
    expect(asName.ok && asName.field.attribute).toBeUndefined();
  });

  it('an id picked on plain text proposes no attribute', () => {
    const cell = doc.querySelectorAll('td')[2]!;
    const pick = proposePick(cell, 'id', ROW);
    expect(pick.ok && pick.field.attribute).toBeUndefined();
  });

  it('finds the containing row and the row-like ancestor', () => {
    expect(containingRow(mail, ROW)?.getAttribute('data-customer-id')).toBe('4712');
    expect(containingRow(mail, 'tr.nothing')).toBeNull();
    expect(rowElementOf(mail)?.tagName).toBe('TR');
  });
});

describe('rowElementOf without tables', () => {
  it('takes the nearest ancestor repeated among its siblings', () => {
    const doc = new DOMParser().parseFromString(
      '<main><div><section class="card"><b>A</b></section><section class="card"><b>B</b></section></div></main>',
      'text/html',
    );
    const b = doc.querySelectorAll('b')[1]!;
    expect(rowElementOf(b)?.textContent).toBe('B');
  });

  it('a lone element has no row', () => {
    const doc = new DOMParser().parseFromString('<main><p>only</p></main>', 'text/html');
    expect(rowElementOf(doc.querySelector('p')!)).toBeNull();
  });
});
