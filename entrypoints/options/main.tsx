/**
 * The options page: staff name, every numeric setting grouped by purpose with inline
 * checks, the category vocabulary and labels, the playbook texts, and enabled sites.
 */
import { render } from 'preact';
import { useState } from 'preact/hooks';
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
import { PreviewPanel } from '../../components/options/PreviewPanel';
import { SuggestedThresholds } from '../../components/options/SuggestedThresholds';
import { DataSection } from '../../components/options/DataSection';
import { ReclassifyProgress } from '../../components/options/ReclassifyProgress';
import { suggestThresholds } from '../../components/options/suggestThresholds';
import { usePreview } from './usePreview';
import { useAccountRows } from './useAccountRows';
import { useDataActions } from './useDataActions';
import { useReclassifyProgress } from './useReclassifyProgress';
import { useCustomCrms } from './useCustomCrms';
import { useCsvImport } from './useCsvImport';
import { ImportPanel } from '../../components/options/ImportPanel';
import { CustomCrmEditor } from '../../components/options/CustomCrmEditor';
import { percentilesOf } from './optionsState';
import { PageLinks } from '../../components/common/PageLinks';
import { browser } from 'wxt/browser';
import '../../components/common/page.css';

function Options({ t, fmt }: PageContext) {
  const options = useOptions(t, fmt);
  const sites = useSites();
  const { state } = options;
  const preview = usePreview(options.base, state, state?.vocabulary ?? 'classic', t, fmt);
  const accountRows = useAccountRows();
  const [dataChanges, setDataChanges] = useState(0);
  const data = useDataActions(t, fmt, () => setDataChanges((n) => n + 1));
  const progress = useReclassifyProgress(options.saves + dataChanges);
  const customCrms = useCustomCrms(t, fmt);
  const csvImport = useCsvImport(t, fmt, () => setDataChanges((n) => n + 1));
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
      <PageLinks dashboardUrl={browser.runtime.getURL('/dashboard.html')} t={t} />
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
          fmt={fmt}
          onInput={options.setNumber}
        />
        <SuggestedThresholds
          suggestions={
            accountRows.rows ? suggestThresholds(accountRows.rows, percentilesOf(state)) : []
          }
          emptyText={
            accountRows.error ? t('suggest_unavailable', [accountRows.error]) : t('suggest_too_few')
          }
          t={t}
          fmt={fmt}
          onUse={(path, value) => options.setNumber(path, fmt.editable(value))}
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
        <PreviewPanel state={preview} t={t} fmt={fmt} />
        <SaveBar busy={options.busy} status={options.status} t={t} />
        <ReclassifyProgress progress={progress} t={t} fmt={fmt} />
      </form>
      <div id="sites">
        <SitesList
          origins={sites.origins}
          t={t}
          onDisable={(origin) => void sites.disable(origin)}
        />
        <CustomCrmEditor
          definitions={customCrms.definitions}
          status={customCrms.status}
          t={t}
          fmt={fmt}
          onAdd={customCrms.add}
          onRemove={customCrms.remove}
          onExport={customCrms.exportAll}
        />
      </div>
      <ImportPanel
        state={csvImport.state}
        fields={csvImport.fields}
        canCommit={csvImport.canCommit}
        crms={csvImport.crms}
        accounts={csvImport.accounts}
        t={t}
        fmt={fmt}
        onFile={(file) => void csvImport.onFile(file)}
        onChange={csvImport.change}
        onPreview={() => void csvImport.preview()}
        onCommit={() => void csvImport.commit()}
        onCancel={csvImport.cancel}
      />
      <DataSection
        status={data.status}
        t={t}
        onExport={() => void data.exportAll()}
        onImport={(file) => void data.importFile(file)}
        onDeleteAll={() => void data.deleteAll()}
      />
    </main>
  );
}

const context = setupPage('options_title');
const root = document.getElementById('app');
if (root) render(<Options {...context} />, root);
