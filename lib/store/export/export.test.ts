import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { openTestStore, pageRead, SHOP } from '../test-support/store-fixture';
import { guardCell, roundMoney } from './csv-guard';

const NOW = new Date('2026-03-01T12:00:00Z');

describe('guardCell', () => {
  it.each(['=1+1', '+49 30 1234', '-2', '@SUM(A1)', '\t=cmd', '\r=cmd'])(
    'prefixes %j with an apostrophe',
    (v) => {
      expect(guardCell(v)).toBe(`'${v}`);
    },
  );
  it.each(['Ada', '1+1', 'a=b', '', "'quoted"])('leaves %j alone', (v) => {
    expect(guardCell(v)).toBe(v);
  });
});

describe('exportClassificationsCsv', () => {
  async function seeded() {
    const store = await openTestStore();
    const orders = (n: number, day = '2026-02-01') =>
      Array.from({ length: n }, (_, i) => ({ id: `o${i}`, placedAt: day, total: 10 }));
    await store.observe(
      pageRead(
        'customer-list',
        [
          {
            key: { ...SHOP, id: '1', email: 'ada@x.io' },
            name: '=HYPERLINK("http://evil","click")',
            orders: orders(2),
          },
          {
            key: { ...SHOP, id: '2' },
            name: 'Bob, "the builder"',
            orders: orders(1, '2024-01-01'),
          },
          { key: { ...SHOP, id: '3' }, name: 'Cy' },
        ],
        '2026-02-02T00:00:00Z',
      ),
      NOW,
    );
    await store.setOverride(
      { key: { ...SHOP, id: '3' }, category: 'dead', reason: '@rm -rf', mode: 'pin' },
      'Eve',
      NOW,
    );
    return store;
  }

  it('writes one guarded row per customer with the shown and automatic results', async () => {
    const store = await seeded();
    const csv = await store.exportClassificationsCsv(NOW);
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(
      parsed.data.map((r) => [
        r.customer_id,
        r.name,
        r.stage,
        r.category,
        r.automatic_category,
        r.overridden,
        r.override_reason,
      ]),
    ).toEqual([
      ['1', `'=HYPERLINK("http://evil","click")`, 'repeat', 'core', 'core', 'false', ''],
      ['2', 'Bob, "the builder"', 'first-time', 'dead', 'dead', 'false', ''],
      ['3', 'Cy', 'suspect', 'dead', 'unrated', 'true', "'@rm -rf"],
    ]);
    expect(parsed.data[0]?.email).toBe('ada@x.io');
  });

  it('filters by category for a removal list', async () => {
    const store = await seeded();
    const csv = await store.exportClassificationsCsv(NOW, { categories: ['dead'] });
    const ids = Papa.parse<Record<string, string>>(csv, {
      header: true,
      skipEmptyLines: true,
    }).data.map((r) => r.customer_id);
    expect(ids).toEqual(['2', '3']);
  });

  it('keeps `Bob;=1+1;` one text cell when a spreadsheet splits at `;`', async () => {
    const store = await openTestStore();
    await store.observe(
      pageRead(
        'customer-list',
        [{ key: { ...SHOP, id: '9' }, name: 'Bob;=1+1;' }],
        '2026-02-02T00:00:00Z',
      ),
      NOW,
    );
    const csv = await store.exportClassificationsCsv(NOW);
    for (const delimiter of [',', ';', '\t']) {
      const rows = Papa.parse<string[]>(csv, { delimiter, skipEmptyLines: true }).data;
      const cells = rows.flat();
      expect(
        cells.filter((cell) => /^[=+\-@]/.test(cell)),
        delimiter,
      ).toEqual([]);
    }
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.data[0]?.name).toBe('Bob;=1+1;');
    // Every text cell is quoted, the header's too.
    expect(csv.split('\r\n')[1]).toMatch(/^"shopify","/);
  });

  it('rounds money to the currency', () => {
    expect(roundMoney(1234.5678, 'JPY')).toBe(1235);
    expect(roundMoney(1.005 + 0.0001, 'EUR')).toBe(1.01);
    expect(roundMoney(2.3456, 'KWD')).toBe(2.346);
    expect(roundMoney(2.3456, 'no such')).toBe(2.35);
  });
});
