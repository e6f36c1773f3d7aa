/**
 * The real segmentation engine behind the store's ClassifierPort. Settings reach the
 * engine already validated and complete; the engine's own SettingsError report is
 * turned into the store's SettingsError, which names the first bad field so the options
 * page can point at it (every message is kept).
 */
import {
  buildAccountContext,
  classify,
  defaultLabels,
  defaultSettings,
  validateSettings,
  type Settings,
} from '../segmentation';
import { modelNote } from '../segmentation/model/predict';
import { treatmentFor } from '../segmentation/treatment';
import { readNeutralFacts } from '../crms/vocabularies';
import type { ClassifierPort } from './classifier';
import { SettingsError } from './errors';
import { buildContextWithModel, predictFor, splitContext } from './model-context';

// The store hands back exactly what validateSettings returned, so this cast is sound.
const asSettings = (value: unknown) => value as Settings;

export const segmentationPort: ClassifierPort<Settings> = {
  classify(profile, asOf, settings, account) {
    const { rules, model } = splitContext(account);
    const prediction = predictFor(model, profile, asOf);
    const result = classify(profile, {
      asOf,
      settings: asSettings(settings),
      ...(rules ? { account: rules } : {}),
      ...(prediction ? { prediction } : {}),
      facts: readNeutralFacts,
    });
    if (prediction) return { ...result, prediction };
    return model?.status === 'unavailable' ? { ...result, modelNote: modelNote(model) } : result;
  },
  buildAccountContext: (profiles, settings, asOf) =>
    buildContextWithModel(profiles, asSettings(settings), asOf, () =>
      buildAccountContext(profiles, asSettings(settings), asOf, readNeutralFacts),
    ),
  defaultSettings: () => defaultSettings,
  validateSettings(value) {
    const result = validateSettings(value);
    if (result.ok) return result.settings;
    const [first] = result.errors;
    throw new SettingsError(
      first?.path || 'settings',
      result.errors.map((e) => e.message).join('; '),
    );
  },
  vocabulary: (settings) => asSettings(settings).vocabulary,
  labelsFor: (category, settings) =>
    asSettings(settings).labels[category] ?? defaultLabels[category],
  treatmentFor: (stage, category, settings) => treatmentFor(asSettings(settings), stage, category),
};
