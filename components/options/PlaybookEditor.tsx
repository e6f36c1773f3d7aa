/**
 * The playbook texts: per stage and per category, the headline, the actions (one per
 * line) and the 4 A line. Collapsed per entry so the page stays scannable.
 */
import type { Translate } from '../../lib/i18n/translate';
import type { PlaybookEntry, Playbook } from '../../lib/segmentation/playbook';
import { CATEGORIES, STAGES } from '../../lib/segmentation/types';
import { categoryName, stageName } from '../common/labels';
import type { Category, Stage } from '../../lib/segmentation/types';

export interface PlaybookEditorProps {
  playbook: Playbook;
  t: Translate;
  onChange: (section: keyof Playbook, id: string, entry: PlaybookEntry) => void;
}

function EntryEditor(props: {
  title: string;
  name: string;
  entry: PlaybookEntry;
  t: Translate;
  onChange: (entry: PlaybookEntry) => void;
}) {
  const { title, name, entry, t, onChange } = props;
  return (
    <details>
      <summary>{title}</summary>
      <label class="field">
        {t('playbook_headline')}
        <input
          name={`${name}.headline`}
          maxLength={500}
          value={entry.headline}
          onInput={(e) => onChange({ ...entry, headline: e.currentTarget.value })}
        />
      </label>
      <label class="field">
        {t('playbook_actions')}
        <textarea
          name={`${name}.actions`}
          rows={4}
          value={entry.actions.join('\n')}
          onInput={(e) =>
            onChange({
              ...entry,
              // One action per line; blank lines are kept while typing and dropped on save.
              actions: e.currentTarget.value
                .split('\n')
                .slice(0, 20)
                .map((line) => line.slice(0, 500)),
            })
          }
        />
      </label>
      <label class="field">
        {t('playbook_four_a')}
        <input
          name={`${name}.fourA`}
          maxLength={500}
          value={entry.fourA}
          onInput={(e) => onChange({ ...entry, fourA: e.currentTarget.value })}
        />
      </label>
    </details>
  );
}

export function PlaybookEditor({ playbook, t, onChange }: PlaybookEditorProps) {
  return (
    <fieldset data-testid="playbook">
      <legend>{t('options_playbook')}</legend>
      <h2 class="subhead">{t('options_playbook_stages')}</h2>
      {STAGES.map((stage: Stage) => (
        <EntryEditor
          key={stage}
          title={stageName(stage, t)}
          name={`playbook.stages.${stage}`}
          entry={playbook.stages[stage]}
          t={t}
          onChange={(entry) => onChange('stages', stage, entry)}
        />
      ))}
      <h2 class="subhead">{t('options_playbook_categories')}</h2>
      {CATEGORIES.map((category: Category) => (
        <EntryEditor
          key={category}
          title={categoryName(category, 'classic', t)}
          name={`playbook.categories.${category}`}
          entry={playbook.categories[category]}
          t={t}
          onChange={(entry) => onChange('categories', category, entry)}
        />
      ))}
    </fieldset>
  );
}
