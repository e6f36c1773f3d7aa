/**
 * The store's entry point for the background (the only importer of lib/store). Wires
 * the real segmentation engine into the cached store; tests use `openRungStoreWith`
 * (./cached-store.ts) and a fake, measurements of IndexedDB itself `openIndexedDbStore`.
 */
import type { Settings } from '../segmentation';
import type { ReclassifyProgress, RungStore } from './api';
import { openRungStoreWith } from './cached-store';
import { segmentationPort } from './segmentation-port';

export interface OpenRungStore {
  dbName?: string;
  /** Progress of every reclassification, including those a settings save starts (to broadcast). */
  onReclassifyProgress?: (p: ReclassifyProgress) => void;
}

/** The store the background holds: over the real engine's settings. */
export type BackgroundStore = RungStore<Settings>;

export async function openRungStore(options: OpenRungStore = {}): Promise<BackgroundStore> {
  return openRungStoreWith({ ...options, classifier: segmentationPort });
}

export type {
  CustomerListFilter,
  ExportFilter,
  ImportInput,
  ImportOutcome,
  ImportStep,
  Observation,
  ReclassifyProgress,
  RungStore,
  StoredSettings,
} from './api';
export { StoreError, SettingsError } from './errors';
