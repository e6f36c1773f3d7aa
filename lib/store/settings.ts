/**
 * Settings as stored in the `meta` store: the segmentation settings, the staff name
 * shown on overrides, a `revision` that grows on every save (cached classifications
 * carry it, so a save makes them stale) and a schema `version` with its own migration
 * ladder. Version 1 is the first shape; a version-2 rung goes in `migrateSettings`.
 */
import type { ClassifierPort } from './classifier';

export const SETTINGS_VERSION = 1;
export const SETTINGS_ID = 'settings';

export interface SettingsRecordV1<S = unknown> {
  version: 1;
  revision: number;
  settings: S;
  staffName: string;
}

export type SettingsRecord<S = unknown> = SettingsRecordV1<S> & {
  /**
   * Set when the stored record comes from a newer Rung (the user downgraded): Rung then
   * runs on the defaults and refuses to save, so the newer settings are never overwritten.
   */
  newer?: true;
};

/** Climb the ladder from whatever version was stored; unknown fields are carried along. */
export function migrateSettings<S>(raw: unknown, port: ClassifierPort<S>): SettingsRecord<S> {
  if (raw === undefined || raw === null || typeof raw !== 'object') {
    return { version: 1, revision: 0, settings: port.defaultSettings(), staffName: '' };
  }
  const stored = raw as { version?: unknown };
  // A record is wrapped (v1+) only when it has a `settings` key: bare segmentation settings
  // carry a `version` of their own, which must not be read as the record's.
  const wrapped = 'settings' in raw;
  const version = wrapped && typeof stored.version === 'number' ? stored.version : 0;
  if (version > SETTINGS_VERSION) {
    const revision = (raw as { revision?: unknown }).revision;
    return {
      version: 1,
      revision: typeof revision === 'number' ? revision : 0,
      settings: port.defaultSettings(),
      staffName: '',
      newer: true,
    };
  }
  let record = raw as Partial<SettingsRecordV1>;
  if (version < 1) {
    // Version 0 (never shipped) is "settings without a wrapper"; keep it as the settings.
    record = { version: 1, revision: 0, settings: raw, staffName: '' };
  }
  // A future `if (record.version < 2) record = toV2(record)` rung goes here.
  return {
    version: 1,
    revision: typeof record.revision === 'number' ? record.revision : 0,
    settings: safeValidate(record.settings, port),
    staffName: typeof record.staffName === 'string' ? record.staffName : '',
  };
}

/**
 * Stored settings that no longer validate (an engine update tightened a bound) run as the
 * defaults; the stored record itself is only rewritten by the next save, so nothing is lost.
 */
function safeValidate<S>(settings: unknown, port: ClassifierPort<S>): S {
  try {
    return port.validateSettings(settings);
  } catch {
    return port.defaultSettings();
  }
}

/** Staff names are shown beside overrides: trim, bound, and keep them plain text. */
export function cleanStaffName(name: string | undefined, fallback: string): string {
  if (name === undefined) return fallback;
  // Control characters (\p{Cc}), zero-width marks and bidi overrides would let a name
  // hide or reorder the text shown beside it.
  return name
    .replace(/[\p{Cc}\u200b-\u200f\u202a-\u202e\u2066-\u2069]/gu, '')
    .trim()
    .slice(0, 100);
}
