/**
 * Turns the picker's state into a custom CRM definition (custom-definition.ts's shape). The
 * content script carries no zod, so this builds the plain object and the background
 * validates it on save; the same object drives the live preview before that.
 */
import type {
  CustomDefinition,
  CustomField,
  CustomPage,
  CustomPageFields,
} from '../crms/custom/definition';
import { CUSTOM_DEFINITION_VERSION_LITERAL } from './version';
import type { PickedField, PickerState } from './draft';
import type { PickerFieldKey } from './steps';

function toField(picked: PickedField | undefined): CustomField | undefined {
  if (!picked) return undefined;
  const field: CustomField = {};
  if (picked.selector?.trim()) field.selector = picked.selector.trim();
  if (picked.label?.trim()) field.label = picked.label.trim();
  if (picked.attribute?.trim()) field.attribute = picked.attribute.trim();
  if (picked.pattern) field.pattern = picked.pattern;
  return field.selector || field.label ? field : undefined;
}

type ValueKey = Exclude<PickerFieldKey, 'row'>;
const VALUE_KEYS: readonly ValueKey[] = [
  'id',
  'email',
  'orderCount',
  'totalSpent',
  'lastOrderAt',
  'firstOrderAt',
];

/** The page the picks describe, or null while the required fields are missing. */
export function buildPage(state: PickerState): CustomPage | null {
  const name = toField(state.fields.name);
  const row = state.fields.row?.selector?.trim();
  if (!state.kind || !name) return null;
  if (state.kind === 'customer-list' && !row) return null;
  const fields: CustomPageFields = { name };
  if (state.kind === 'customer-list' && row) fields.row = row;
  for (const key of VALUE_KEYS) {
    const field = toField(state.fields[key]);
    if (field) fields[key] = field;
  }
  return { kind: state.kind, urlRegex: state.site.urlRegex, fields };
}

export function buildDefinition(state: PickerState, id: string): CustomDefinition | null {
  const page = buildPage(state);
  if (!page) return null;
  return {
    version: CUSTOM_DEFINITION_VERSION_LITERAL,
    id,
    name: state.site.name.trim() || id,
    urlPattern: state.site.urlPattern.trim(),
    pages: [page],
  };
}
