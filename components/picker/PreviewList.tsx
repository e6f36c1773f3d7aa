/**
 * What the draft reads on this page right now. Every value is scraped text and rendered as a
 * text node (Preact escapes it); nothing here is ever set as HTML.
 */
import type { Translate } from '../../lib/i18n/translate';
import type { PickerPreview, PreviewCustomer } from '../../lib/picker/preview';

export interface PreviewListProps {
  preview: PickerPreview;
  t: Translate;
}

const shown = (value: string | number | null) => (value === null ? '—' : String(value));

function Customer({ c }: { c: PreviewCustomer }) {
  return (
    <li data-testid="picker-preview-customer">
      <bdi class="name">{shown(c.name)}</bdi> <bdi class="small">{shown(c.email)}</bdi>
      <span class="small">
        {' '}
        #{shown(c.id)} · {shown(c.orderCount)} · {shown(c.totalSpent)} · {shown(c.lastOrderAt)}
      </span>
    </li>
  );
}

export function PreviewList({ preview, t }: PreviewListProps) {
  return (
    <section class="preview" aria-live="polite" data-testid="picker-preview">
      {preview.rows !== null ? (
        <p data-testid="picker-preview-rows">{t('picker_preview_rows', [String(preview.rows)])}</p>
      ) : null}
      {!preview.urlMatches ? <p class="refused">{t('picker_preview_url_mismatch')}</p> : null}
      {preview.customers.length > 0 ? (
        <ul>
          {preview.customers.map((c, i) => (
            <Customer key={i} c={c} />
          ))}
        </ul>
      ) : (
        <p class="small">{t('picker_preview_none')}</p>
      )}
      {preview.diagnostics.length > 0 ? (
        <p class="small" data-testid="picker-preview-diagnostics">
          {preview.diagnostics.join(', ')}
        </p>
      ) : null}
    </section>
  );
}
