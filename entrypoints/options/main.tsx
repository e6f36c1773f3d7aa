/**
 * The options page: staff name, every numeric setting grouped by purpose with inline
 * checks, the category vocabulary and labels, the playbook texts, and enabled sites.
 */
import { render } from 'preact';
import { setupPage, type PageContext } from '../sidepanel/pageSetup';
import { settingFields } from '../../lib/segmentation/setting-fields';
import { useOptions } from './useOptions';
import { useSites } from './useSites';
import { SettingsGroups } from '../../components/options/SettingsGroups';
import { StaffNameField } from '../../components/options/StaffNameField';
import { VocabularyEditor } from '../../components/options/VocabularyEditor';
import { PlaybookEditor } from '../../components/options/PlaybookEditor';
import { SitesList } from '../../components/options/SitesList';
import { SaveBar } from '../../components/options/SaveBar';
import '../../components/common/page.css';

function Options({ t }: PageContext) {
  const options = useOptions(t);
  const sites = useSites();
  const { state } = options;
  if (!state) {
    return (
      <p role="status" data-testid="settings-status">
        {options.status.text || t('loading')}
      </p>
    );
  }
  const onSubmit = (event: Event) => {
    event.preventDefault();
    void options.save();
  };
  return (
    <main class="options">
      <h1>{t('options_title')}</h1>
      <form onSubmit={onSubmit} noValidate>
        <StaffNameField
          value={state.staffName}
          t={t}
          onInput={(staffName) => options.update({ staffName })}
        />
        <SettingsGroups
          fields={settingFields}
          draft={state.numbers}
          problems={options.problems}
          t={t}
          onInput={options.setNumber}
        />
        <VocabularyEditor
          vocabulary={state.vocabulary}
          labels={state.labels}
          t={t}
          onVocabulary={(vocabulary) => options.update({ vocabulary })}
          onLabel={(category, field, value) =>
            options.update({
              labels: {
                ...state.labels,
                [category]: { ...state.labels[category], [field]: value },
              },
            })
          }
        />
        <PlaybookEditor
          playbook={state.playbook}
          t={t}
          onChange={(section, id, entry) =>
            options.update({
              playbook: {
                ...state.playbook,
                [section]: { ...state.playbook[section], [id]: entry },
              },
            })
          }
        />
        <SaveBar busy={options.busy} status={options.status} t={t} />
      </form>
      <SitesList origins={sites.origins} t={t} onDisable={(origin) => void sites.disable(origin)} />
    </main>
  );
}

const context = setupPage('options_title');
const root = document.getElementById('app');
if (root) render(<Options {...context} />, root);
