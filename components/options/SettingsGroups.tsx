/**
 * Every numeric setting, one fieldset per purpose (stage, dead, demanding, …), in the
 * order setting-fields.ts lists them. Adding a setting there adds it here.
 */
import type { Translate } from '../../lib/i18n/translate';
import type { Format } from '../../lib/format/format';
import type { SettingField } from '../../lib/segmentation/setting-fields';
import { NumberField } from './NumberField';
import { groupMessageKey, type FieldProblem, type NumberDraft } from './settingDraft';

export interface SettingsGroupsProps {
  fields: readonly SettingField[];
  draft: NumberDraft;
  problems: Record<string, FieldProblem | string>;
  t: Translate;
  fmt: Format;
  onInput: (path: string, value: string) => void;
}

export function groupFields(fields: readonly SettingField[]): [string, SettingField[]][] {
  const groups = new Map<string, SettingField[]>();
  for (const field of fields) {
    const list = groups.get(field.group) ?? [];
    list.push(field);
    groups.set(field.group, list);
  }
  return [...groups];
}

export function SettingsGroups({ fields, draft, problems, t, fmt, onInput }: SettingsGroupsProps) {
  return (
    <>
      {groupFields(fields).map(([group, members]) => (
        <fieldset key={group} data-group={group}>
          <legend>{t(groupMessageKey(group))}</legend>
          {members.map((field) => (
            <NumberField
              key={field.path}
              field={field}
              value={draft[field.path] ?? ''}
              problem={problems[field.path]}
              t={t}
              fmt={fmt}
              onInput={onInput}
            />
          ))}
        </fieldset>
      ))}
    </>
  );
}
