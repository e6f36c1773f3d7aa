/**
 * The store's entry point for the background (the only importer of lib/store). Wires
 * the real segmentation engine into the store; tests use `openRungStoreWith` and a fake.
 */
import type { ReclassifyProgress } from './api';
import { openRungStoreWith, type FullRungStore } from './rung-store';
import { segmentationPort } from './segmentation-port';

export interface OpenRungStore {
  dbName?: string;
  /** Progress of every reclassification, including those a settings save starts (to broadcast). */
  onReclassifyProgress?: (p: ReclassifyProgress) => void;
}

export async function openRungStore(options: OpenRungStore = {}): Promise<FullRungStore> {
  return openRungStoreWith({ ...options, classifier: segmentationPort });
}

export type { FullRungStore, RungStoreExtras } from './rung-store';
export type { Observation, ReclassifyProgress, RungStore, StoredSettings } from './api';
export { StoreError, SettingsError } from './errors';
