import { describe, expect, it } from 'vitest';
import { DEFAULT_QUERY, normalise, queryRows } from './tableQuery';
import { accountRows, row } from './testRows';

const ids = (rows: { key: { id?: string } }[]) => rows.map((r) => r.key.id);

describe('queryRows', () => {
  it('sorts by net revenue, highest first, unknown revenue last', () => {
    expect(ids(queryRows(accountRows, DEFAULT_QUERY))).toEqual([
      '1',
      '2',
      '3',
      '4',
      '7',
      '5',
      '6',
      '8',
      '9',
      '10',
    ]);
  });

  it('keeps unknown values last when sorting ascending too', () => {
    const result = ids(queryRows(accountRows, { ...DEFAULT_QUERY, descending: false }));
    expect(result.slice(0, 2)).toEqual(['6', '5']);
    expect(result.slice(-3)).toEqual(['8', '9', '10']);
  });

  it('sorts by risk: lowest chance of still being active first, customers without a model last', () => {
    const rows = [
      row('a', 'repeat', 'core', 100, 40, { pAlive: 0.9 }),
      row('b', 'repeat', 'core', 100, 40, { pAlive: null }),
      row('c', 'client', 'dead', 100, 40, { pAlive: 0.05 }),
    ];
    expect(ids(queryRows(rows, { ...DEFAULT_QUERY, sort: 'pAlive', descending: false }))).toEqual([
      'c',
      'a',
      'b',
    ]);
  });

  it('filters by stage and category together', () => {
    expect(
      ids(queryRows(accountRows, { ...DEFAULT_QUERY, stage: 'repeat', category: 'core' })),
    ).toEqual(['3', '4']);
    expect(ids(queryRows(accountRows, { ...DEFAULT_QUERY, category: 'dead' }))).toEqual(['6']);
  });

  it('sorts stages by ladder order, not alphabetically', () => {
    const result = queryRows(accountRows, { ...DEFAULT_QUERY, sort: 'stage', descending: false });
    expect(result.map((r) => r.stage).slice(0, 3)).toEqual(['suspect', 'prospect', 'disqualified']);
  });

  it('searches names ignoring case, accents and zero-width characters', () => {
    const rows = [
      row('a', 'repeat', 'core', 1, 1, { name: 'Zo\u200Bë Ł\u00f3dź' }),
      row('b', 'repeat', 'core', 1, 1),
    ];
    expect(ids(queryRows(rows, { ...DEFAULT_QUERY, search: 'zoe' }))).toEqual(['a']);
    expect(ids(queryRows(rows, { ...DEFAULT_QUERY, search: 'C1' }))).toEqual([]);
    expect(ids(queryRows(rows, { ...DEFAULT_QUERY, search: 'cb@' }))).toEqual(['b']);
    expect(normalise('A\u202Eb')).toBe('ab');
  });
});
