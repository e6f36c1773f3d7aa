/**
 * Reclassify by hand: stage and category (each may stay automatic), a reason, pin or
 * floor, an optional expiry, with what the rules say now shown beside it. The page
 * does the sending; this view reports the outcome it is given back.
 */
import { useState } from 'preact/hooks';
import type { Translate } from '../../lib/i18n/translate';
import type { Classification, Vocabulary } from '../../lib/segmentation/types';
import type { Override } from '../../lib/messages/protocol';
import { categoryName, stageName } from '../common/labels';
import { draftFrom, draftProblems, type OverrideDraft } from './overrideDraft';
import { OverrideFields } from './OverrideFields';

export interface OverrideFormProps {
  automatic: Classification;
  override: Override | null;
  vocabulary: Vocabulary;
  /** 'YYYY-MM-DD', for the expiry check. */
  today: string;
  t: Translate;
  /** Resolve with a status message key, or reject with the background's message. */
  onSave: (draft: OverrideDraft) => Promise<void>;
  onRevert: () => Promise<void>;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; text: string }
  | { kind: 'failed'; text: string };

export function OverrideForm(props: OverrideFormProps) {
  const { automatic, override, vocabulary, today, t } = props;
  const [draft, setDraft] = useState<OverrideDraft>(() => draftFrom(override));
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [tried, setTried] = useState(false);
  const problems = draftProblems(draft, today);
  const set = (patch: Partial<OverrideDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const run = async (action: () => Promise<void>, doneKey: string) => {
    setStatus({ kind: 'busy' });
    try {
      await action();
      setStatus({ kind: 'done', text: t(doneKey) });
    } catch (error) {
      setStatus({ kind: 'failed', text: error instanceof Error ? error.message : String(error) });
    }
  };
  const submit = (event: Event) => {
    event.preventDefault();
    setTried(true);
    if (problems.length === 0) void run(() => props.onSave(draft), 'override_saved');
  };
  const revert = () =>
    void run(async () => {
      await props.onRevert();
      setDraft(draftFrom(null));
    }, 'override_reverted');

  return (
    <form class="card" onSubmit={submit} aria-labelledby="override-title" noValidate>
      <h2 id="override-title">{t('override_title')}</h2>
      <p
        class="small"
        data-testid="automatic-result"
        data-stage={automatic.stage}
        data-category={automatic.category}
      >
        {t('override_automatic', [
          stageName(automatic.stage, t),
          categoryName(automatic.category, vocabulary, t, automatic.labels),
        ])}
      </p>
      <OverrideFields draft={draft} vocabulary={vocabulary} today={today} t={t} onChange={set} />
      {tried && problems.length > 0 ? (
        <ul class="error" role="alert" data-testid="override-errors">
          {problems.map((problem) => (
            <li key={problem}>{t(problem)}</li>
          ))}
        </ul>
      ) : null}
      <p class="field-row">
        <button
          type="submit"
          class="primary"
          data-testid="override-save"
          disabled={status.kind === 'busy'}
        >
          {t('override_save')}
        </button>
        <button
          type="button"
          data-testid="override-revert"
          disabled={!override || status.kind === 'busy'}
          onClick={revert}
        >
          {t('override_revert')}
        </button>
      </p>
      <p
        role="status"
        data-testid="override-status"
        class={status.kind === 'failed' ? 'error' : 'small'}
      >
        {status.kind === 'done' || status.kind === 'failed' ? status.text : ''}
      </p>
    </form>
  );
}
