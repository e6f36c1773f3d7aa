/** The column mapping for a CSV export Rung does not recognise: one select per Rung field. */
import type { Translate } from '../../lib/i18n/translate';
import type { ImportPanelState } from './ImportPanel';

export interface ImportMappingProps {
  state: ImportPanelState;
  headers: string[];
  fields: readonly string[];
  t: Translate;
  onChange: (patch: Partial<ImportPanelState>) => void;
}

export function ImportMapping({ state, headers, fields, t, onChange }: ImportMappingProps) {
  return (
    <div data-testid="import-mapping">
      <p>{t('import_unrecognised')}</p>
      <p class="field-row">
        <label class="field">
          {t('import_kind')}
          <select
            name="importKind"
            value={state.kind}
            onChange={(e) =>
              onChange({ kind: e.currentTarget.value === 'orders' ? 'orders' : 'customers' })
            }
          >
            <option value="customers">{t('import_kind_customers')}</option>
            <option value="orders">{t('import_kind_orders')}</option>
          </select>
        </label>
        <label class="field">
          {t('import_crm')}
          <input
            name="importCrm"
            maxLength={60}
            value={state.crm}
            onInput={(e) => onChange({ crm: e.currentTarget.value })}
          />
        </label>
      </p>
      <table class="data">
        <tbody>
          {fields.map((field) => (
            <tr key={field}>
              <th scope="row">
                <label for={`map-${field}`} class="mono">
                  {field}
                </label>
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
