/**
 * The numeric settings as the options form holds them: text per dotted path, in the
 * unit the user reads (shares and probabilities as percentages, per setting-fields.ts).
 * Converting back and checking each field here gives inline messages as the user
 * types; the engine's validateSettings still has the last word on save.
 */
import type { Format } from '../../lib/format/format';
import type { SettingField } from '../../lib/segmentation/setting-fields';

export type NumberDraft = Record<string, string>;

export interface FieldProblem {
  /** Message key, e.g. 'settings_error_range'. */
  key: string;
  substitutions: string[];
}

const PERCENT_UNITS = new Set(['share', 'probability']);

export const isPercent = (field: SettingField) => PERCENT_UNITS.has(field.unit);

/** Shown value → stored value ("30" % → 0.3), rounding away float noise. */
const toStored = (field: SettingField, shown: number) =>
  isPercent(field) ? Math.round(shown * 1e6) / 1e8 : shown;
export const toShown = (field: SettingField, stored: number) =>
  isPercent(field) ? Math.round(stored * 1e8) / 1e6 : stored;

function readPath(settings: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | null)?.[part], settings);
}

/** Each field's value as the user's locale writes it (`fmt.editable`): "۰٫۴" in Persian. */
export function draftFromSettings(
  fields: readonly SettingField[],
  settings: unknown,
  fmt: Pick<Format, 'editable'>,
): NumberDraft {
  const draft: NumberDraft = {};
  for (const field of fields) {
    const value = readPath(settings, field.path);
    draft[field.path] = typeof value === 'number' ? fmt.editable(toShown(field, value)) : '';
  }
  return draft;
}

/**
 * Persian (۰–۹) and Arabic-Indic (٠–٩) digits, the Arabic decimal mark and the minus
 * sign Intl writes (U+2212) as ASCII; the direction marks Intl puts around a number go.
 */
function asciiDigits(text: string): string {
  return text
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/\u066b/g, '.')
    .replace(/\u2212/g, '-')
    .replace(/[\u200e\u200f\u061c]/g, '');
}

/**
 * Parse one field; accepts a decimal comma (Polish, Russian) and Persian digits, as
 * users on those keyboards type them.
 */
export function parseField(field: SettingField, text: string): number | FieldProblem {
  const cleaned = asciiDigits(text.trim()).replace(/\s/g, '').replace(',', '.');
  if (!cleaned) return { key: 'settings_error_required', substitutions: [] };
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) {
    return { key: 'settings_error_not_number', substitutions: [text.slice(0, 40)] };
  }
  const shown = Number(cleaned);
  const stored = toStored(field, shown);
  if (field.integer && !Number.isInteger(stored)) {
    return { key: 'settings_error_integer', substitutions: [] };
  }
  if (stored < field.min || stored > field.max) {
    return {
      key: 'settings_error_range',
      substitutions: [String(toShown(field, field.min)), String(toShown(field, field.max))],
    };
  }
  return stored;
}

/** The draft's numbers written over a copy of the current settings, plus any problems. */
export function applyDraft(
  fields: readonly SettingField[],
  base: unknown,
  draft: NumberDraft,
): { settings: Record<string, unknown>; problems: Record<string, FieldProblem> } {
  const settings = structuredClone(base ?? {}) as Record<string, unknown>;
  const problems: Record<string, FieldProblem> = {};
  for (const field of fields) {
    const parsed = parseField(field, draft[field.path] ?? '');
    if (typeof parsed !== 'number') {
      problems[field.path] = parsed;
      continue;
    }
    const parts = field.path.split('.');
    const leaf = parts.pop() ?? '';
    let node = settings;
    for (const part of parts) {
      const next = node[part];
      node[part] = typeof next === 'object' && next !== null ? next : {};
      node = node[part] as Record<string, unknown>;
    }
    node[leaf] = parsed;
  }
  return { settings, problems };
}

/** 'stage.repeatMinOrders' → 'setting_stage_repeat_min_orders' (browser message names allow no dots). */
export function settingMessageKey(path: string): string {
  return `setting_${path.replace(/\./g, '_').replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`;
}

export function groupMessageKey(group: string): string {
  return `setting_group_${group.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`;
}
