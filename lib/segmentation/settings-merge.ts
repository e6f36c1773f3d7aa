/**
 * Partial settings in, complete validated settings out. Callers (the options page, the
 * store, tests) pass only what they change; it is merged over the defaults and checked.
 * `validateSettings` reports every problem for inline display; `resolveSettings` throws
 * one SettingsError listing them.
 */
import { rangeText, settingField } from './setting-fields';
import { deepFreeze, defaultSettings, settingsSchema, type Settings } from './settings';

export type DeepPartial<T> = T extends readonly (infer _U)[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

export interface SettingsIssue {
  path: string;
  message: string;
}

export type SettingsValidation =
  { ok: true; settings: Settings } | { ok: false; errors: SettingsIssue[] };

export class SettingsError extends Error {
  readonly errors: SettingsIssue[];
  constructor(errors: SettingsIssue[]) {
    super(`Invalid settings: ${errors.map((e) => e.message).join('; ')}`);
    this.name = 'SettingsError';
    this.errors = errors;
  }
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Objects merge key by key; arrays and scalars replace. Prototype keys are dropped. */
function mergeDeep(base: unknown, over: unknown, depth: number): unknown {
  if (over === undefined) return base;
  if (!isPlainObject(base) || !isPlainObject(over) || depth > 8) return over;
  const out: Record<string, unknown> = { ...base };
  for (const key of Object.keys(over)) {
    if (FORBIDDEN_KEYS.has(key)) continue;
    out[key] = mergeDeep(base[key], over[key], depth + 1);
  }
  return out;
}

function describe(path: string, code: string, message: string, input: unknown): string {
  // Cross-field rules (settings.ts) already name both fields.
  if (code === 'custom') return message;
  const field = settingField(path);
  if (field)
    return `${path} must be ${rangeText(field)} (got ${JSON.stringify(input) ?? 'nothing'})`;
  if (path === 'vocabulary') return `vocabulary must be 'classic' or 'one-page'`;
  if (path === 'version') return 'version must be 1 (migrate older settings first)';
  return `${path || 'settings'}: ${message}`;
}

function valueAt(obj: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = obj;
  for (const k of path) v = isPlainObject(v) || Array.isArray(v) ? (v as never)[k] : undefined;
  return v;
}

// Settings objects are treated as immutable: classify() is called per customer with
// the same object, so its validation is remembered rather than repeated.
const resolved = new WeakMap<object, Settings>();

/** Merge `partial` over the defaults and check it, collecting every problem. */
export function validateSettings(partial: unknown): SettingsValidation {
  if (partial !== undefined && partial !== null && !isPlainObject(partial)) {
    return { ok: false, errors: [{ path: '', message: 'settings must be an object' }] };
  }
  const merged = mergeDeep(defaultSettings, partial ?? undefined, 0);
  const parsed = settingsSchema.safeParse(merged);
  if (parsed.success) {
    const settings = deepFreeze(parsed.data);
    // Passing the validated object to classify() later needs no second validation.
    resolved.set(settings, settings);
    return { ok: true, settings };
  }
  const errors = parsed.error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    const input = valueAt(merged, issue.path);
    return { path, message: describe(path, issue.code, issue.message, input) };
  });
  return { ok: false, errors };
}

/** Merged, validated settings; throws SettingsError naming each bad field. */
export function resolveSettings(partial?: DeepPartial<Settings> | Settings | null): Settings {
  if (partial === undefined || partial === null || partial === defaultSettings) {
    return defaultSettings;
  }
  const cached = resolved.get(partial);
  if (cached) return cached;
  const result = validateSettings(partial);
  if (!result.ok) throw new SettingsError(result.errors);
  resolved.set(partial, result.settings);
  resolved.set(result.settings, result.settings);
  return result.settings;
}
