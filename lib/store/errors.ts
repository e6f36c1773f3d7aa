/**
 * Every failure the store can meet, mapped to one error type with a stable `code` (for
 * the background's logic) and a sentence a user can act on (for the options page and
 * side panel). IndexedDB reports failures as DOMExceptions with terse names; users
 * should never see "QuotaExceededError" or "TransactionInactiveError" raw.
 */
export type StoreErrorCode =
  | 'quota'
  | 'version'
  | 'blocked'
  | 'aborted'
  | 'closed'
  | 'invalid-backup'
  | 'invalid-import'
  | 'settings-newer'
  | 'not-found'
  | 'invalid-override'
  | 'unknown';

const MESSAGES: Record<StoreErrorCode, string> = {
  quota:
    'Rung could not save: the browser says the disk (or its storage quota) is full. Nothing already stored was lost. Free some disk space and try again.',
  version:
    'Rung’s stored data comes from a newer version of the extension. Update Rung, then reload this page.',
  blocked:
    'Rung is waiting for another tab that still uses an older version of its data. Close or reload the other CRM tabs, then try again.',
  aborted: 'Rung could not finish saving, so it changed nothing. Please try again.',
  closed: 'Rung’s data connection was closed (another tab is upgrading it). Reload the page.',
  'invalid-backup': 'This backup file cannot be restored.',
  'invalid-import': 'This file cannot be imported.',
  'settings-newer':
    'Rung’s settings were saved by a newer version of the extension. Update Rung to change them.',
  'not-found': 'Rung has no record of this customer yet. Open the customer’s page first.',
  'invalid-override': 'This override cannot be saved.',
  unknown: 'Rung could not read or save its data.',
};

export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly code: StoreErrorCode,
    /** A user-facing sentence; defaults to the code's standard message. */
    message: string = MESSAGES[code],
    cause?: unknown,
  ) {
    super(message, { cause });
  }
}

/** A settings value the segmentation rejected; `field` is the dotted path of the bad value. */
export class SettingsError extends Error {
  override readonly name = 'SettingsError';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message.includes(field) ? message : `${field}: ${message}`);
  }
}

/** Map whatever IndexedDB (or idb) threw to a StoreError; StoreErrors pass through. */
export function toStoreError(error: unknown): StoreError | SettingsError {
  if (error instanceof StoreError || error instanceof SettingsError) return error;
  const name = errorName(error);
  switch (name) {
    case 'QuotaExceededError':
      return new StoreError('quota', undefined, error);
    case 'VersionError':
      return new StoreError('version', undefined, error);
    case 'AbortError':
    case 'TransactionInactiveError':
      return new StoreError('aborted', undefined, error);
    case 'InvalidStateError':
      return new StoreError('closed', undefined, error);
    default:
      return new StoreError('unknown', MESSAGES.unknown, error);
  }
}

function errorName(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const name = (error as { name?: unknown }).name;
  return typeof name === 'string' ? name : undefined;
}

/** Run a store operation and rethrow any failure as a StoreError. */
export async function guarded<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toStoreError(error);
  }
}
