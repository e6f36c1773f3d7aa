/**
 * The ladder as a funnel: one bar per rung, width by customers, top rung first as the
 * narrow end. Bars are plain elements (not SVG) so their numbers are real text.
 */
import type { Translate } from '../../lib/i18n/translate';
import type { Format } from '../../lib/format/format';
import type { Stage } from '../../lib/segmentation/types';
import { stageName } from '../common/labels';

export interface FunnelProps {
  counts: { stage: Stage; count: number }[];
  t: Translate;
  fmt: Format;
}

export function Funnel({ counts, t, fmt }: FunnelProps) {
  const max = Math.max(1, ...counts.map((c) => c.count));
  return (
    <section class="card" aria-labelledby="funnel-title">
      <h2 id="funnel-title">{t('dashboard_funnel')}</h2>
      <ol class="funnel" data-testid="funnel">
        {[...counts].reverse().map(({ stage, count }) => (
          <li key={stage} data-stage={stage} data-count={count}>
            <span class="funnel-label">{stageName(stage, t)}</span>
            <span class="funnel-bar" style={{ width: `${(count / max) * 100}%` }} />
            <span class="funnel-count">{fmt.number(count, 0)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
