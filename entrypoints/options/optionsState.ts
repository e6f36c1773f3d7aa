/**
 * Everything the options form edits, and how it becomes the settings object the
 * background stores: numbers from the draft, then vocabulary, labels and playbook
 * written over the loaded settings so fields this page does not know survive.
 */
import type { Format } from '../../lib/format/format';
import { settingFields } from '../../lib/segmentation/setting-fields';
import { validateSettings } from '../../lib/segmentation/settings-merge';
import type { Playbook } from '../../lib/segmentation/playbook';
import type { Category, CategoryLabels, Vocabulary } from '../../lib/segmentation/types';
import {
  applyDraft,
  settingMessageKey,
  draftFromSettings,
  type FieldProblem,
  type NumberDraft,
} from '../../components/options/settingDraft';

export interface OptionsState {
  numbers: NumberDraft;
  vocabulary: Vocabulary;
  labels: Record<Category, CategoryLabels>;
  playbook: Playbook;
  staffName: string;
}

export function stateFromSettings(
  settings: unknown,
  staffName: string,
  fmt: Pick<Format, 'editable'>,
): OptionsState {
  const s = settings as Partial<OptionsState> & Record<string, unknown>;
  return {
    numbers: draftFromSettings(settingFields, settings, fmt),
    vocabulary: s.vocabulary === 'one-page' ? 'one-page' : 'classic',
    labels: structuredClone(s.labels ?? ({} as OptionsState['labels'])),
    playbook: structuredClone(s.playbook ?? ({ stages: {}, categories: {} } as Playbook)),
    staffName,
  };
}

function cleanPlaybook(playbook: Playbook): Playbook {
  const clean = (section: Record<string, Playbook['stages'][keyof Playbook['stages']]>) =>
    Object.fromEntries(
      Object.entries(section).map(([id, entry]) => [
        id,
        { ...entry, actions: entry.actions.map((a) => a.trim()).filter(Boolean) },
      ]),
    );
  return {
    stages: clean(playbook.stages) as Playbook['stages'],
    categories: clean(playbook.categories) as Playbook['categories'],
  };
}

/**
 * Settings that must stay in order, as lib/segmentation/settings.ts enforces them:
 * [lower, higher, strictly?]. Checked here too so the message names the other field
 * in the user's language; the engine re-checks on save and stays the authority.
 */
const ORDERED: readonly [string, string, boolean][] = [
  ['stage.repeatMinOrders', 'stage.clientMinOrders', false],
  ['stage.advocateMinReferrals', 'stage.partnerMinReferrals', false],
  ['subgroup.unprofitablePercentile', 'subgroup.profitablePercentile', true],
  ['subgroup.fallbackUnprofitableAtOrBelow', 'subgroup.fallbackProfitableAtOrAbove', true],
];

function orderProblems(settings: Record<string, unknown>, shown: NumberDraft) {
  const problems: Record<string, FieldProblem> = {};
  const at = (path: string) => {
    const [group = '', key = ''] = path.split('.');
    return (settings[group] as Record<string, unknown> | undefined)?.[key];
  };
  for (const [lowPath, highPath, strict] of ORDERED) {
    const low = at(lowPath);
    const high = at(highPath);
    if (typeof low !== 'number' || typeof high !== 'number') continue;
    if (strict ? low < high : low <= high) continue;
    problems[highPath] = {
      key: strict ? 'settings_error_above' : 'settings_error_at_least',
      substitutions: [settingMessageKey(lowPath), shown[lowPath] ?? String(low)],
    };
  }
  return problems;
}

export type BuildResult =
  { ok: true; settings: unknown } | { ok: false; problems: Record<string, FieldProblem | string> };

/** Field problems as message keys (ours) or sentences (the engine's cross-field rules). */
export function buildSettings(base: unknown, state: OptionsState): BuildResult {
  const { settings, problems } = applyDraft(settingFields, base, state.numbers);
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  const misordered = orderProblems(settings, state.numbers);
  if (Object.keys(misordered).length > 0) return { ok: false, problems: misordered };
  settings.vocabulary = state.vocabulary;
  settings.labels = state.labels;
  settings.playbook = cleanPlaybook(state.playbook);
  const checked = validateSettings(settings);
  if (checked.ok) return { ok: true, settings: checked.settings };
  return {
    ok: false,
    problems: Object.fromEntries(checked.errors.map((e) => [e.path || 'settings', e.message])),
  };
}

/** The percentiles the rules use, as the form currently holds them, for the suggestions. */
export function percentilesOf(state: OptionsState) {
  const read = (path: string, fallback: number) => {
    const value = Number((state.numbers[path] ?? '').replace(',', '.'));
    return Number.isFinite(value) && value > 0 && value <= 100 ? value : fallback;
  };
  return {
    highPotential: read('highPotential.percentile', 95),
    aov: read('discountSeeker.aovPercentile', 40),
    profitable: read('subgroup.profitablePercentile', 67),
    unprofitable: read('subgroup.unprofitablePercentile', 33),
  };
}
