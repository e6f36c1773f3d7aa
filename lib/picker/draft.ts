/**
 * The picker's state as a pure reducer: which step the user is on, what was picked for each
 * field, and the site details to save. The content script feeds it clicks (already turned
 * into selector suggestions) and button presses; the panel renders it.
 */
import type { SelectorStrategy } from '../reading/selector-suggest';
import { isRequired, stepsFor, type PickerFieldKey, type PickerPageKind } from './steps';

/** One picked field, in the definition's own field shape plus how the selector was found. */
export interface PickedField {
  selector?: string;
  label?: string;
  attribute?: string;
  pattern?: string;
  strategy: SelectorStrategy | 'edited';
}

export interface SiteDetails {
  name: string;
  urlPattern: string;
  urlRegex: string;
}

export interface PickerState {
  phase: 'kind' | 'field' | 'save';
  kind: PickerPageKind | null;
  /** Index into stepsFor(kind) while phase is 'field'. */
  step: number;
  fields: Partial<Record<PickerFieldKey, PickedField>>;
  site: SiteDetails;
}

export type PickerAction =
  | { type: 'kind'; kind: PickerPageKind; urlRegex: string }
  | { type: 'picked'; field: PickedField }
  | { type: 'edit'; patch: Partial<Omit<PickedField, 'strategy'>> }
  | { type: 'next' }
  | { type: 'skip' }
  | { type: 'back' }
  | { type: 'site'; patch: Partial<SiteDetails> };

export function initialState(site: SiteDetails): PickerState {
  return { phase: 'kind', kind: null, step: 0, fields: {}, site };
}

/** The field the user is picking now, or null outside the field phase. */
export function currentField(state: PickerState): PickerFieldKey | null {
  if (state.phase !== 'field' || !state.kind) return null;
  return stepsFor(state.kind)[state.step] ?? null;
}

/** Whether "next" may leave the current step (a required field needs a selector or label). */
export function canAdvance(state: PickerState): boolean {
  const field = currentField(state);
  if (!field || !state.kind) return false;
  const picked = state.fields[field];
  if (picked?.selector?.trim() || picked?.label?.trim()) return true;
  return !isRequired(state.kind, field);
}

function advance(state: PickerState): PickerState {
  const steps = state.kind ? stepsFor(state.kind) : [];
  return state.step + 1 < steps.length
    ? { ...state, step: state.step + 1 }
    : { ...state, phase: 'save' };
}

/** An edit that empties a part removes it, so no blank selector reaches the definition. */
function applyEdit(picked: PickedField | undefined, patch: Partial<PickedField>): PickedField {
  const next: PickedField = { ...(picked ?? {}), ...patch, strategy: 'edited' };
  for (const key of ['selector', 'label', 'attribute', 'pattern'] as const) {
    if (key in patch && !next[key]?.trim()) delete next[key];
  }
  return next;
}

export function pickerReducer(state: PickerState, action: PickerAction): PickerState {
  const field = currentField(state);
  switch (action.type) {
    case 'kind':
      // A new kind starts over: a row-relative selector means nothing on a customer page.
      return {
        ...state,
        phase: 'field',
        kind: action.kind,
        step: 0,
        fields: {},
        site: { ...state.site, urlRegex: action.urlRegex },
      };
    case 'picked':
      if (!field) return state;
      return { ...state, fields: { ...state.fields, [field]: action.field } };
    case 'edit':
      if (!field) return state;
      return {
        ...state,
        fields: { ...state.fields, [field]: applyEdit(state.fields[field], action.patch) },
      };
    case 'next':
      return canAdvance(state) ? advance(state) : state;
    case 'skip': {
      if (!field || !state.kind || isRequired(state.kind, field)) return state;
      const fields = { ...state.fields };
      delete fields[field];
      return advance({ ...state, fields });
    }
    case 'back':
      if (state.phase === 'save' && state.kind)
        return { ...state, phase: 'field', step: stepsFor(state.kind).length - 1 };
      if (state.phase === 'field' && state.step > 0) return { ...state, step: state.step - 1 };
      if (state.phase === 'field') return { ...state, phase: 'kind' };
      return state;
    case 'site':
      return { ...state, site: { ...state.site, ...action.patch } };
  }
}
