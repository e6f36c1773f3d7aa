/**
 * The segmentation engine's public interface: pure TypeScript, no browser API, no clock.
 * See README.md for the rules, the settings and a worked example.
 */
export { classify, type ClassifyOptions } from './classify';
export { classifyAll, type ClassifyAllOptions } from './classify-all';
export { buildAccountContext, type AccountContext, type ProfitBand } from './account-context';
export { defaultSettings, settingsSchema, type Settings } from './settings';
export {
  resolveSettings,
  validateSettings,
  SettingsError,
  type DeepPartial,
  type SettingsIssue,
  type SettingsValidation,
} from './settings-merge';
export { settingFields, type SettingField, type SettingUnit } from './setting-fields';
export {
  defaultLabels,
  defaultPlaybook,
  stageNames,
  type Playbook,
  type PlaybookEntry,
} from './playbook';
export * from './types';
export * from './model';
