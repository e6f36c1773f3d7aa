/**
 * The treatment as something to do: the headline, each action as a checkbox the
 * staff member can tick while on the call (local to this view, not stored), and the
 * 4 A line to say. Default playbook texts are shown in the user's language; texts the
 * user edited are shown as written. Text nodes only.
 */
import { useState } from 'preact/hooks';
import type { Translate } from '../../lib/i18n/translate';
import type { Treatment } from '../../lib/segmentation/types';
import { playbookText } from '../../lib/i18n/playbookText';

export interface TreatmentChecklistProps {
  treatment: Treatment;
  t: Translate;
}

export function TreatmentChecklist({ treatment, t }: TreatmentChecklistProps) {
  const [done, setDone] = useState<ReadonlySet<number>>(new Set());
  const toggle = (index: number) =>
    setDone((previous) => {
      const next = new Set(previous);
      if (next.has(index)) next.delete(index);
      else next.add(index);
      return next;
    });
  return (
    <section class="card" aria-labelledby="treatment-title">
      <h2 id="treatment-title">{t('treatment_title')}</h2>
      <p class="headline" data-testid="treatment-headline">
        {playbookText(treatment.headline, t)}
      </p>
      <ul class="checklist" data-testid="treatment-actions">
        {treatment.actions.map((action, index) => (
          <li key={index}>
            <label>
              <input type="checkbox" checked={done.has(index)} onChange={() => toggle(index)} />{' '}
              <span>{playbookText(action, t)}</span>
            </label>
          </li>
        ))}
      </ul>
      {treatment.fourA ? (
        <p class="four-a" data-testid="four-a">
          <strong>{t('treatment_four_a')}</strong> {playbookText(treatment.fourA, t)}
        </p>
      ) : null}
    </section>
  );
}
