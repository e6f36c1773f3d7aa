/**
 * CRMs the user taught Rung: each listed with the pages it reads, removable, exportable;
 * new ones added by pasting or loading their JSON. The schema's message says what is
 * wrong and where ("Invalid definition at 0.pages.0.urlRegex: …").
 */
import { useState } from 'preact/hooks';
import type { Translate } from '../../lib/i18n/translate';
import type { Format } from '../../lib/format/format';
import type { CustomDefinition } from '../../lib/crms/custom/definition';

export interface CustomCrmEditorProps {
  definitions: CustomDefinition[];
  status: { kind: 'idle' | 'ok' | 'error'; text: string };
  t: Translate;
  fmt: Format;
  onAdd: (json: string) => void;
  onRemove: (id: string) => void;
  onExport: () => void;
}

export function CustomCrmEditor({
  definitions,
  status,
  t,
  fmt,
  onAdd,
  onRemove,
  onExport,
}: CustomCrmEditorProps) {
  const [json, setJson] = useState('');
  return (
    <fieldset data-testid="custom-crms">
      <legend>{t('custom_title')}</legend>
      <p class="small">{t('custom_hint')}</p>
      {definitions.length === 0 ? <p class="small">{t('custom_none')}</p> : null}
      <ul class="plain">
        {definitions.map((d) => (
          <li key={d.id} class="field-row">
            <span>
              <strong>{d.name}</strong> <span class="mono">{d.urlPattern}</span>{' '}
              <span class="small">{t('custom_pages', [fmt.number(d.pages.length, 0)])}</span>
            </span>
            <button
              type="button"
              aria-label={t('custom_remove_label', [d.name])}
              onClick={() => onRemove(d.id)}
            >
              {t('custom_remove')}
            </button>
          </li>
        ))}
      </ul>
      <label class="field">
        {t('custom_paste')}
        <textarea
          name="customCrmJson"
          rows={5}
          class="mono"
          value={json}
          onInput={(e) => setJson(e.currentTarget.value)}
        />
      </label>
      <p class="field-row">
        <button
          type="button"
          data-testid="custom-add"
          disabled={!json.trim()}
          onClick={() => onAdd(json)}
        >
          {t('custom_add')}
        </button>
        <label class="field-row">
          {t('custom_load')}
          <input
            type="file"
            name="customCrmFile"
            accept="application/json,.json"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) void file.text().then(onAdd);
              event.currentTarget.value = '';
            }}
          />
        </label>
        <button type="button" disabled={definitions.length === 0} onClick={onExport}>
          {t('custom_export')}
        </button>
      </p>
      <p
        role="status"
        data-testid="custom-status"
        class={status.kind === 'error' ? 'error' : 'small'}
      >
        {status.text}
      </p>
    </fieldset>
  );
}
