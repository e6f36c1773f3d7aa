import { describe, expect, it } from 'vitest';
import { csvCell, rowsToCsv } from './csv';
import { row } from './testRows';

describe('CSV export', () => {
  it('quotes every text cell, so no separator (`,` or `;`) splits it', () => {
    expect(csvCell('Smith, Ann')).toBe('"Smith, Ann"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('plain')).toBe('"plain"');
    expect(csvCell('Bob;=1+1;')).toBe('"Bob;=1+1;"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(12.5)).toBe('12.5');
  });

  it('defuses spreadsheet formulas in scraped text but not negative numbers', () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvCell('+48 123')).toBe(`"'+48 123"`);
    expect(csvCell(-20)).toBe('-20');
  });

  it('writes a header and one line per row', () => {
    const csv = rowsToCsv([row('6', 'first-time', 'dead', 100, -20, { name: '=cmd' })]);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'crm,account,id,email,name,stage,category,overridden,orders,net_revenue,profit,currency,last_order,url',
    );
    expect(lines[1]).toBe(
      `"shopify","shop","6","c6@example.com","'=cmd","first-time","dead",false,1,100,-20,"USD","2026-01-01","https://admin.shopify.com/store/shop/customers/6"`,
    );
    expect(lines).toHaveLength(3);
  });
});
