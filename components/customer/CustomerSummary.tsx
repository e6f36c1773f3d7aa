/**
 * The top of the side panel: who this is, the rung, the category in the chosen
 * vocabulary (the other one in small print), profit subgroup, confidence, and the
 * override note. Scraped names render as text nodes only.
 */
import type { CustomerDetail } from '../../lib/messages/protocol';
import type { Translate } from '../../lib/i18n/translate';
import type { Format } from '../../lib/format/format';
import type { Vocabulary } from '../../lib/segmentation/types';
import { CONFIDENCE_LABEL_KEYS, SUBGROUP_LABEL_KEYS } from '../../lib/i18n/keys';
import { sentence } from '../../lib/i18n/sentence';
import { CATEGORY_LOOKS } from '../badge/categoryLook';
import { categoryName, otherVocabulary, stageName } from '../common/labels';

export interface CustomerSummaryProps {
  detail: CustomerDetail;
  vocabulary: Vocabulary;
  t: Translate;
  fmt: Format;
}

export function CustomerSummary({ detail, vocabulary, t, fmt }: CustomerSummaryProps) {
  const { effective, profile, override } = detail;
  const name = profile.name ?? profile.email ?? detail.key.email ?? detail.key.id ?? '';
  const look = CATEGORY_LOOKS[effective.category];
  return (
    <header class="summary">
      <h1 class="summary-name">{name || t('customer_unnamed')}</h1>
      <p class="summary-crm">
        {detail.key.crm} · {detail.key.account}
      </p>
      <p class="summary-line">
        <span class="chip chip-stage" data-testid="stage" data-stage={effective.stage}>
          {stageName(effective.stage, t)}
        </span>
        <span
          class="chip chip-category"
          data-testid="category"
          data-category={effective.category}
          style={{ background: look.background }}
        >
          <span aria-hidden="true">{look.icon} </span>
          {categoryName(effective.category, vocabulary, t, effective.labels)}
        </span>
      </p>
      <p class="small">
        {t('summary_other_vocabulary', [
          categoryName(effective.category, otherVocabulary(vocabulary), t, effective.labels),
        ])}
        {effective.subgroup ? ` · ${t(SUBGROUP_LABEL_KEYS[effective.subgroup])}` : ''}
        {` · ${t(CONFIDENCE_LABEL_KEYS[effective.confidence])}`}
      </p>
      {override ? (
        <p class="note" data-testid="override-note">
          {t('summary_override', [override.by || t('summary_someone'), fmt.dateTime(override.at)])}
          {override.reason ? ` “${override.reason}”` : ''}
        </p>
      ) : null}
      {effective.warnings.length > 0 ? (
        <ul class="warnings">
          {effective.warnings.map((warning, index) => (
            <li key={index}>{sentence(warning, '', t, fmt)}</li>
          ))}
        </ul>
      ) : null}
    </header>
  );
}
