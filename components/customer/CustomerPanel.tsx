/**
 * Everything the side panel shows about one customer, in the order staff need it:
 * who and where on the ladder, what to do now, why, what next, then the evidence.
 */
import type { CustomerDetail } from '../../lib/messages/protocol';
import type { Translate } from '../../lib/i18n/translate';
import type { Format } from '../../lib/format/format';
import type { CustomerKey } from '../../lib/domain/profile';
import type { Vocabulary } from '../../lib/segmentation/types';
import { CustomerSummary } from './CustomerSummary';
import { LadderPicture } from './LadderPicture';
import { TreatmentChecklist } from './TreatmentChecklist';
import { ReasonList } from './ReasonList';
import { NextStep } from './NextStep';
import { MetricsTable } from './MetricsTable';
import { HistoryTimeline } from './HistoryTimeline';
import { SpendChart } from './SpendChart';
import { LinkedProfiles } from './LinkedProfiles';
import { Diagnostics } from './Diagnostics';
import { PredictionCard } from './PredictionCard';

export interface CustomerPanelProps {
  detail: CustomerDetail;
  vocabulary: Vocabulary;
  t: Translate;
  fmt: Format;
  onSelect: (key: CustomerKey) => void;
}

export function CustomerPanel({ detail, vocabulary, t, fmt, onSelect }: CustomerPanelProps) {
  const { effective } = detail;
  return (
    <article class="panel">
      <CustomerSummary detail={detail} vocabulary={vocabulary} t={t} fmt={fmt} />
      <LadderPicture stage={effective.stage} next={effective.next?.stage ?? null} t={t} fmt={fmt} />
      <TreatmentChecklist treatment={effective.treatment} t={t} />
      <ReasonList reasons={effective.reasons} t={t} fmt={fmt} />
      <NextStep next={effective.next} t={t} fmt={fmt} />
      <MetricsTable metrics={effective.metrics} t={t} fmt={fmt} />
      <PredictionCard
        prediction={detail.prediction}
        note={effective.modelNote}
        currency={effective.metrics.currency}
        t={t}
        fmt={fmt}
      />
      <HistoryTimeline history={detail.history} vocabulary={vocabulary} t={t} fmt={fmt} />
      <SpendChart
        orders={detail.profile.orders ?? []}
        currency={effective.metrics.currency}
        t={t}
        fmt={fmt}
      />
      <LinkedProfiles linked={detail.linked} t={t} onSelect={onSelect} />
      <Diagnostics missing={detail.diagnostics} evidence={detail.evidence} t={t} fmt={fmt} />
    </article>
  );
}
