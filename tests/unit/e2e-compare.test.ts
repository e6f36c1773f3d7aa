import { describe, expect, it } from 'vitest';
import type { FoundBadge } from '../e2e/badges';
import { checkBadges } from '../e2e/compare';
import { formatMismatches, formatTable, terminalSafe } from '../e2e/demo/report';
import type { ExpectedBadge } from '../demo-crm/data/expected';

const ada: ExpectedBadge = {
  slug: 'ada',
  name: 'Ada',
  stage: 'repeat',
  category: 'core',
  crm: 'shopify',
  recordPath: '/store/s/customers/1',
};
const bob: ExpectedBadge = { ...ada, slug: 'bob', name: 'Bob', recordPath: '/store/s/customers/2' };

const badge = (over: Partial<FoundBadge>): FoundBadge => ({
  stage: 'repeat',
  category: 'core',
  overridden: 'false',
  state: 'ready',
  label: null,
  headline: null,
  rowLinks: [],
  ...over,
});

describe('checkBadges on a list', () => {
  it('ties each badge to its row by the record link and accepts a match', () => {
    const found = [badge({ rowLinks: [bob.recordPath] }), badge({ rowLinks: [ada.recordPath] })];
    expect(checkBadges('list', [ada, bob], found).map((c) => c.problem)).toEqual([null, null]);
  });

  it('reports a missing row badge, a duplicate, and a wrong stage or category', () => {
    const found = [
      badge({ rowLinks: [ada.recordPath], stage: 'client', category: 'dead' }),
      badge({ rowLinks: [bob.recordPath] }),
      badge({ rowLinks: [bob.recordPath] }),
    ];
    const [forAda, forBob] = checkBadges('list', [ada, bob], found);
    expect(forAda?.problem).toBe('stage client ≠ repeat, category dead ≠ core');
    expect(forBob?.problem).toBe('2 badges instead of one');
    expect(checkBadges('list', [ada], [])[0]?.problem).toBe('no badge');
  });

  it('does not accept a badge that is still pending or failed', () => {
    const found = [badge({ rowLinks: [ada.recordPath], state: 'pending' })];
    expect(checkBadges('list', [ada], found)[0]?.problem).toBe('badge state pending');
  });
});

describe('checkBadges on a record page', () => {
  it('takes the page’s badge and wants exactly one', () => {
    expect(checkBadges('record', [ada], [badge({})])[0]?.problem).toBeNull();
    expect(checkBadges('record', [ada], [badge({}), badge({})])[0]?.problem).toBe(
      '2 badges instead of one',
    );
  });
});

describe('the demo report', () => {
  it('shows direction overrides and zero-width characters as escapes, never raw', () => {
    const shown = terminalSafe('Maya \u202Egnp.exe\u202C Zo\u200Be', 40);
    expect(shown).not.toMatch(/[\u202A-\u202E\u200B]/);
    expect(shown.trimEnd()).toBe('Maya \\u202egnp.exe\\u202c Zo\\u200be');
  });

  it('clips long names to the column width', () => {
    expect(terminalSafe('x'.repeat(5_000), 10)).toBe(`${'x'.repeat(9)}…`);
  });

  it('marks wrong rows and lists each mismatch with what was expected', () => {
    const checks = checkBadges('record', [ada], [badge({ category: 'dead' })]);
    const rows = checks.map((check) => ({ check, page: 'record' as const, treatment: 'Dead' }));
    expect(formatTable(rows)).toContain('✗');
    expect(formatMismatches(rows)).toEqual([
      'shopify record /store/s/customers/1 (Ada): category dead ≠ core; expected repeat/core',
    ]);
  });
});
