/**
 * Stage and category changes, newest first, each with when, from → to, whether the
 * rules or a person made it, and why.
 */
import type { Translate } from '../../lib/i18n/translate';
import type { Format } from '../../lib/format/format';
import type { HistoryEntry } from '../../lib/messages/protocol';
import { sentence } from '../../lib/i18n/sentence';
import {
  CATEGORIES,
  STAGES,
  type Category,
  type Stage,
  type Vocabulary,
} from '../../lib/segmentation/types';
import { categoryName, stageName } from '../common/labels';

export interface HistoryTimelineProps {
  history: HistoryEntry[];
  vocabulary: Vocabulary;
  t: Translate;
  fmt: Format;
}

/** Stored history holds ids ('repeat', 'dead'); show them by name when we know them. */
function valueName(
  field: HistoryEntry['field'],
  value: string | null,
  vocabulary: Vocabulary,
  t: Translate,
) {
  if (value === null) return '—';
  if (field === 'stage' && (STAGES as readonly string[]).includes(value)) {
    return stageName(value as Stage, t);
  }
  if (field === 'category' && (CATEGORIES as readonly string[]).includes(value)) {
    return categoryName(value as Category, vocabulary, t);
  }
  return value;
}

export function HistoryTimeline({ history, vocabulary, t, fmt }: HistoryTimelineProps) {
  const entries = [...history].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  return (
    <section class="card" aria-labelledby="history-title">
      <h2 id="history-title">{t('history_title')}</h2>
      {entries.length === 0 ? <p class="small">{t('history_none')}</p> : null}
      <ol class="timeline" data-testid="history">
        {entries.map((entry, index) => (
          <li key={`${entry.at}-${index}`} data-field={entry.field} data-source={entry.source}>
            <time dateTime={entry.at}>{fmt.dateTime(entry.at)}</time>{' '}
            <span>
              {t(entry.field === 'stage' ? 'history_stage' : 'history_category', [
                valueName(entry.field, entry.from, vocabulary, t),
                valueName(entry.field, entry.to, vocabulary, t),
              ])}
            </span>{' '}
            <span class="tag">
              {t(entry.source === 'manual' ? 'history_manual' : 'history_automatic')}
            </span>
            {entry.why || entry.note ? (
              <span class="small block">
                {entry.why ? sentence(entry.why, entry.note ?? '', t, fmt) : entry.note}
              </span>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
