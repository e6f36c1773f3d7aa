/**
 * The headless demo's printed report: one line per customer per CRM with what the
 * badges and side panel show, then every mismatch against the designed expectations.
 */
import type { BadgeCheck } from '../compare';

export interface ReportRow {
  check: BadgeCheck;
  /** Where the check was made: the final list pass or the record page. */
  page: 'list' | 'record';
  treatment: string;
}

/** C0 and C1 controls, DEL, zero-width characters and bidirectional controls. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** Scraped names are hostile on purpose: never let one move the terminal's cursor or text direction. */
export function terminalSafe(text: string, width: number): string {
  const visible = text.replace(
    UNSAFE,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  const clipped = visible.length > width ? `${visible.slice(0, width - 1)}…` : visible;
  return clipped.padEnd(width);
}

export function formatTable(rows: readonly ReportRow[]): string {
  const header = `${'customer'.padEnd(30)} ${'CRM'.padEnd(8)} ${'page'.padEnd(6)} ${'stage'.padEnd(12)} ${'category'.padEnd(15)} ok  treatment`;
  const lines = rows.map(({ check, page, treatment }) =>
    [
      terminalSafe(check.expected.name, 30),
      check.expected.crm.padEnd(8),
      page.padEnd(6),
      (check.found?.stage ?? '—').padEnd(12),
      (check.found?.category ?? '—').padEnd(15),
      check.problem ? '✗ ' : '✓ ',
      terminalSafe(treatment, 60).trimEnd(),
    ].join(' '),
  );
  return [header, '-'.repeat(header.length), ...lines].join('\n');
}

export function formatMismatches(rows: readonly ReportRow[]): string[] {
  return rows
    .filter((row) => row.check.problem)
    .map(
      ({ check, page }) =>
        `${check.expected.crm} ${page} ${check.expected.recordPath} (${terminalSafe(check.expected.name, 40).trim()}): ` +
        `${check.problem ?? ''}; expected ${check.expected.stage}/${check.expected.category}`,
    );
}
