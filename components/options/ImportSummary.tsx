/** What checking a CSV file found: its format, mapping problems, counts and unreadable rows. */
import type { Translate } from '../../lib/i18n/translate';
import type { Format } from '../../lib/format/format';
import type { CsvImportSummary } from './ImportPanel';

export interface ImportSummaryProps {
  summary: CsvImportSummary;
  t: Translate;
  fmt: Format;
}

export function ImportSummary({ summary, t, fmt }: ImportSummaryProps) {
  return (
    <div data-testid="import-summary">
      {summary.source ? <p>{t('import_recognised', [summary.source])}</p> : null}
      {summary.mappingErrors.length > 0 ? (
        <ul class="error">
          {summary.mappingErrors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
      <p>
        {t('import_counts', [
          fmt.number(summary.rows, 0),
          fmt.number(summary.customers, 0),
          fmt.number(summary.badRowCount, 0),
        ])}
      </p>
      {summary.badRows.length > 0 ? (
        <ul class="small">
          {summary.badRows.slice(0, 5).map((b) => (
            <li key={b.line}>{t('import_bad_row', [fmt.number(b.line, 0), b.reason])}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
