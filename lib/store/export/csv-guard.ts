/**
 * Spreadsheet formula injection guard. Exported cells hold scraped text (names, notes),
 * and a cell starting with = + - @ (or a tab / carriage return, which some spreadsheets
 * skip before such a sign) runs as a formula when the file is opened. Prefix those with
 * an apostrophe so they show as text. Numbers are written as numbers and need no guard.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function guardCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export type Cell = string | number | boolean | null;

export function guardRow(row: Cell[]): Cell[] {
  return row.map((cell) => (typeof cell === 'string' ? guardCell(cell) : cell));
}
