/**
 * Spreadsheet formula injection guard. Exported cells hold scraped text (names, notes),
 * and a cell starting with = + - @ (or a tab / carriage return, which some spreadsheets
 * skip before such a sign) runs as a formula when the file is opened. Prefix those with
 * an apostrophe so they show as text. Numbers are written as numbers and need no guard.
 *
 * Guarding the cell's start is not enough on its own: Excel and LibreOffice in pl, ru, de
 * (among others) open a .csv with `;` as the separator, so an unquoted name such as
 * `Bob;=1+1;` becomes the cells `Bob` and `=1+1`. Every text cell is therefore also
 * quoted (`isTextCell` for the writer): inside quotes no separator splits it.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function guardCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export type Cell = string | number | boolean | null;

export function guardRow(row: Cell[]): Cell[] {
  return row.map((cell) => (typeof cell === 'string' ? guardCell(cell) : cell));
}

/** Quote this cell (every text cell, whatever it holds). */
export const isTextCell = (cell: unknown): boolean => typeof cell === 'string';

export { roundMoney } from '../../format/round-money';
