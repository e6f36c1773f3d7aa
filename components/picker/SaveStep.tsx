/**
 * The last step: the site's name, its match pattern and this page's URL regex (proposed,
 * editable), then save. The status line carries the background's own validation message.
 */
import type { Translate } from '../../lib/i18n/translate';
import type { SiteDetails } from '../../lib/picker/draft';
import type { PickerPreview } from '../../lib/picker/preview';

export type SaveStatus =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved' }
  | { state: 'failed'; message: string };

export interface SaveStepProps {
  site: SiteDetails;
  /** Whether the URL regex accepts the page being taught. */
  urlMatches: boolean;
  /** Which part keeps the definition from matching this page (a definition that cannot
   * read the page it was taught on is never saved). */
  urlMismatch?: PickerPreview['urlMismatch'];
  status: SaveStatus;
  t: Translate;
  onSite: (patch: Partial<SiteDetails>) => void;
  onBack: () => void;
  onSave: () => void;
}

const FIELDS: { name: keyof SiteDetails; key: string }[] = [
  { name: 'name', key: 'picker_name' },
  { name: 'urlPattern', key: 'picker_url_pattern' },
  { name: 'urlRegex', key: 'picker_url_regex' },
];

const MISMATCH_KEYS: Record<NonNullable<PickerPreview['urlMismatch']>, string> = {
  pattern: 'picker_mismatch_pattern',
  scheme: 'picker_mismatch_scheme',
  host: 'picker_mismatch_host',
  port: 'picker_mismatch_port',
  path: 'picker_mismatch_path',
  regex: 'picker_mismatch_regex',
};

function statusText(status: SaveStatus, t: Translate): string {
  if (status.state === 'saving') return t('picker_saving');
  if (status.state === 'saved') return t('picker_saved');
  if (status.state === 'failed') return t('picker_save_failed', [status.message]);
  return '';
}

export function SaveStep({
  site,
  urlMatches,
  urlMismatch,
  status,
  t,
  onSite,
  onBack,
  onSave,
}: SaveStepProps) {
  return (
    <div class="step" data-testid="picker-save-step">
      {FIELDS.map(({ name, key }) => (
        <label class="field" key={name}>
          <span>{t(key)}</span>
          <input
            type="text"
            spellcheck={false}
            maxLength={500}
            data-testid={`picker-site-${name}`}
            value={site[name]}
            onInput={(e) => onSite({ [name]: (e.currentTarget as HTMLInputElement).value })}
          />
        </label>
      ))}
      {urlMatches ? null : (
        <p class="refused" role="alert">
          {t('picker_preview_url_mismatch')}{' '}
          {urlMismatch ? (
            <span data-testid="picker-mismatch" data-part={urlMismatch}>
              {t(MISMATCH_KEYS[urlMismatch])}
            </span>
          ) : null}
        </p>
      )}
      <div class="actions">
        <button type="button" data-testid="picker-back" onClick={onBack}>
          {t('picker_back')}
        </button>
        <button
          type="button"
          class="primary"
          data-testid="picker-save"
          disabled={!urlMatches || status.state === 'saving' || status.state === 'saved'}
          onClick={onSave}
        >
          {t('picker_save')}
        </button>
      </div>
      <p role="status" class="small" data-testid="picker-status" data-state={status.state}>
        {statusText(status, t)}
      </p>
    </div>
  );
}
