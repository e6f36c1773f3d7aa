/** Customers by stage (rows) and category (columns), with row and column headers for screen readers. */
import type { Translate } from '../../lib/i18n/translate';
import type { Format } from '../../lib/format/format';
import {
  CATEGORIES,
  type Category,
  type Stage,
  type Vocabulary,
} from '../../lib/segmentation/types';
import { FUNNEL_STAGES } from './dashboardModel';
import { categoryName, stageName } from '../common/labels';

export interface StageCategoryMatrixProps {
  counts: Record<Stage, Record<Category, number>>;
  vocabulary: Vocabulary;
  t: Translate;
  fmt: Format;
}

export function StageCategoryMatrix({ counts, vocabulary, t, fmt }: StageCategoryMatrixProps) {
  return (
    <section class="card" aria-labelledby="matrix-title">
      <h2 id="matrix-title">{t('dashboard_matrix')}</h2>
      <div class="scroll">
        <table class="data" data-testid="matrix">
          <thead>
            <tr>
              <th scope="col">{t('override_stage')}</th>
              {CATEGORIES.map((category) => (
                <th key={category} scope="col" class="num">
                  {categoryName(category, vocabulary, t)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {FUNNEL_STAGES.map((stage) => (
              <tr key={stage}>
                <th scope="row">{stageName(stage, t)}</th>
                {CATEGORIES.map((category) => {
                  const count = counts[stage][category];
                  return (
                    <td
                      key={category}
                      class={count ? 'num' : 'num small'}
                      data-cell={`${stage}:${category}`}
                    >
                      {fmt.number(count, 0)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
