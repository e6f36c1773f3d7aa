/**
 * What Rung read and what it could not: the selector keys that found nothing on the
 * last read (selector rot made visible, per STYLE.md) and where each known fact came
 * from. Collapsed by default; it is for when a badge looks wrong.
 */
import type { Translate } from '../../lib/i18n/translate';
import type { Format } from '../../lib/format/format';
import type { FieldEvidence } from '../../lib/messages/protocol';

export interface DiagnosticsProps {
  missing: string[];
  evidence: FieldEvidence[];
  t: Translate;
  fmt: Format;
}

export function Diagnostics({ missing, evidence, t, fmt }: DiagnosticsProps) {
  return (
    <details class="card" data-testid="diagnostics">
      <summary>
        {t('diagnostics_title', [fmt.number(evidence.length, 0), fmt.number(missing.length, 0)])}
      </summary>
      <h3>{t('diagnostics_missing')}</h3>
      {missing.length === 0 ? <p class="small">{t('diagnostics_missing_none')}</p> : null}
      <ul class="plain mono" data-testid="diagnostics-missing">
        {missing.map((key) => (
          <li key={key}>{key}</li>
        ))}
      </ul>
      <h3>{t('diagnostics_read')}</h3>
      <table class="evidence">
        <thead>
          <tr>
            <th scope="col">{t('diagnostics_field')}</th>
            <th scope="col">{t('diagnostics_page')}</th>
            <th scope="col">{t('diagnostics_seen')}</th>
          </tr>
        </thead>
        <tbody>
          {evidence.map((item, index) => (
            <tr key={index}>
              <td class="mono">{item.field}</td>
              <td>{item.page}</td>
              <td>{fmt.dateTime(item.seenAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
