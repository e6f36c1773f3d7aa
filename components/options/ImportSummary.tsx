/**
 * What checking a CSV file found: the one sentence that says why a file cannot be imported
 * at all, or its layout, how it was read (encoding, decimal mark, the question of how its
 * dates are written when the file cannot tell), as of when, mapping problems, counts and
 * the first unreadable rows by line.
 */
import type { Translate } from '../../lib/i18n/translate';
import type { Format } from '../../lib/format/format';
import { FILE_PROBLEM_KEYS, mappingProblemText } from './import-labels';
import type { CsvImportSummary, DateOrder } from './ImportPanel';

export interface ImportSummaryProps {
  summary: CsvImportSummary;
  dateOrder: DateOrder | null;
  t: Translate;
  fmt: Format;
  onDateOrder: (order: DateOrder) => void;
}

export function ImportSummary({ summary, dateOrder, t, fmt, onDateOrder }: ImportSummaryProps) {
  if (summary.fileProblem) {
    return (
      <p class="error" role="alert" data-testid="import-file-problem">
        {t(FILE_PROBLEM_KEYS[summary.fileProblem.code], ['512'])}
      </p>
    );
  }
  const { encoding } = summary;
  return (
    <div data-testid="import-summary">
      {summary.formatLabel ? <p>{t('import_recognised', [summary.formatLabel])}</p> : null}
      {encoding.guessed || encoding.id !== 'utf-8' ? (
        <p class="small" data-testid="import-encoding">
          {t(encoding.guessed ? 'import_encoding_guessed' : 'import_encoding', [encoding.name])}
        </p>
      ) : null}
      {summary.source && summary.decimal === ',' ? (
        <p class="small">{t('import_decimal_comma')}</p>
      ) : null}
      {summary.dateOrder.kind === 'ask' ? (
        <DateQuestion
          example={summary.dateOrder.examples[0] ?? ''}
          readings={summary.dateReadings}
          answer={dateOrder}
          t={t}
          fmt={fmt}
          onAnswer={onDateOrder}
        />
      ) : null}
      {summary.dateOrder.kind === 'mixed' ? (
        <p class="small">{t('import_date_mixed', [summary.dateOrder.examples.join(', ')])}</p>
      ) : null}
      {summary.source && summary.observedFrom !== 'now' ? (
        <p class="small" data-testid="import-observed">
          {t('import_observed', [fmt.date(summary.observedAt, { long: true })])}
        </p>
      ) : null}
      {summary.mappingProblems.length > 0 ? (
        <ul class="error">
          {summary.mappingProblems.map((p) => (
            <li key={`${p.code}:${p.detail ?? ''}`}>{mappingProblemText(p, t)}</li>
          ))}
        </ul>
      ) : null}
      {summary.source ? (
        <p>
          {t('import_counts', [
            fmt.number(summary.rows, 0),
            fmt.number(summary.customers, 0),
            fmt.number(summary.badRowCount, 0),
          ])}
          {summary.orders > 0
            ? ` · ${t('import_orders_found', [fmt.number(summary.orders, 0)])}`
            : ''}
        </p>
      ) : null}
      {summary.folded > 0 ? (
        <p class="small">{t('import_folded', [fmt.number(summary.folded, 0)])}</p>
      ) : null}
      {summary.skipped.drafts > 0 ? (
        <p class="small">{t('import_skipped_drafts', [fmt.number(summary.skipped.drafts, 0)])}</p>
      ) : null}
      {summary.skipped.lostDeals > 0 ? (
        <p class="small">{t('import_skipped_lost', [fmt.number(summary.skipped.lostDeals, 0)])}</p>
      ) : null}
      {summary.badRows.length > 0 ? (
        <ul class="small" data-testid="import-bad-rows">
          {summary.badRows.slice(0, 5).map((b) => (
            <li key={b.line}>{t('import_bad_row', [fmt.number(b.line, 0), b.reason])}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function DateQuestion(props: {
  example: string;
  readings: Record<DateOrder, string | null> | null;
  answer: DateOrder | null;
  t: Translate;
  fmt: Format;
  onAnswer: (order: DateOrder) => void;
}) {
  const { example, answer, t, fmt } = props;
  const reading = (order: DateOrder) => fmt.date(props.readings?.[order], { long: true });
  return (
    <fieldset data-testid="import-date-question">
      <legend>{t('import_date_question', [example])}</legend>
      {(['dmy', 'mdy'] as const).map((order) => (
        <label key={order} class="field-inline">
          <input
            type="radio"
            name="importDateOrder"
            value={order}
            checked={answer === order}
            onChange={() => props.onAnswer(order)}
          />
          {t(order === 'dmy' ? 'import_date_dmy' : 'import_date_mdy', [reading(order)])}
        </label>
      ))}
    </fieldset>
  );
}
