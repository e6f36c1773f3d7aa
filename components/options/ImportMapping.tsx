/**
 * The column mapping for a CSV export Rung does not recognise: what each row is, which CRM
 * it comes from (one Rung knows: an empty choice is refused in the preview), and one
 * select per Rung field, shown by its name in the user's language. Columns whose header
 * names a field in any of Rung's languages are pre-selected by the hook.
 */
import type { Translate } from '../../lib/i18n/translate';
import { FIELD_LABEL_KEYS } from './import-labels';
import type { ImportPanelState } from './ImportPanel';

export interface ImportMappingProps {
  state: ImportPanelState;
  headers: string[];
  fields: readonly string[];
  crms: readonly { id: string; label: string }[];
  t: Translate;
  onChange: (patch: Partial<ImportPanelState>) => void;
}

const KINDS = ['customers', 'orders', 'deals'] as const;
const KIND_KEYS: Record<(typeof KINDS)[number], string> = {
  customers: 'import_kind_customers',
  orders: 'import_kind_orders',
  deals: 'import_kind_deals',
};

export function ImportMapping({ state, headers, fields, crms, t, onChange }: ImportMappingProps) {
  return (
    <div data-testid="import-mapping">
      <p>{t('import_unrecognised')}</p>
      <p class="field-row">
        <label class="field">
          {t('import_kind')}
          <select
            name="importKind"
            value={state.kind}
            onChange={(e) => {
              const kind = KINDS.find((k) => k === e.currentTarget.value) ?? 'customers';
              onChange({ kind });
            }}
          >
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(KIND_KEYS[kind])}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          {t('import_crm_label')}
          <select
            name="importCrm"
            value={state.crm}
            onChange={(e) => onChange({ crm: e.currentTarget.value })}
          >
            <option value="">{t('import_crm_choose')}</option>
            {crms.map((crm) => (
              <option key={crm.id} value={crm.id}>
                {crm.label}
              </option>
            ))}
          </select>
        </label>
      </p>
      <table class="data">
        <tbody>
          {fields.map((field) => (
            <tr key={field}>
              <th scope="row">
                <label for={`map-${field}`}>{t(FIELD_LABEL_KEYS[field] ?? field)}</label>
              </th>
              <td>
                <select
                  id={`map-${field}`}
                  name={`map.${field}`}
                  value={state.choice[field] ?? ''}
                  onChange={(e) =>
                    onChange({ choice: { ...state.choice, [field]: e.currentTarget.value } })
                  }
                >
                  <option value="">{t('import_unmapped')}</option>
                  {headers.map((header) => (
                    <option key={header} value={header}>
                      {header}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
