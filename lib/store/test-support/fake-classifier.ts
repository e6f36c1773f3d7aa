/**
 * A small, deterministic stand-in for lib/segmentation in the store's tests: the store
 * must be testable on its own (caching, overrides, history, jobs), with rules simple
 * enough that each test can predict the result. Settings: `repeatMinOrders` (≥ 1) and
 * `vocabulary`; the account context counts the account's customers.
 */
import type { Profile } from '../../domain/profile';
import { defaultLabels } from '../../segmentation/playbook';
import type { Category, Classification, Stage } from '../../segmentation/types';
import type { ClassifierPort } from '../classifier';
import { SettingsError } from '../errors';

export interface FakeSettings {
  repeatMinOrders: number;
  vocabulary: 'classic' | 'one-page';
}

export function orderCountOf(profile: Profile): number {
  const rows = (profile.orders ?? []).filter((o) => o.status !== 'cancelled').length;
  return Math.max(rows, profile.summary?.orderCount ?? 0);
}

function lastOrderOf(profile: Profile): string | null {
  const dates = (profile.orders ?? []).map((o) => o.placedAt);
  if (profile.summary?.lastOrderAt) dates.push(profile.summary.lastOrderAt);
  return dates.sort().at(-1) ?? null;
}

export function fakeClassify(
  profile: Profile,
  asOf: string,
  settings: FakeSettings,
  account: unknown,
): Classification {
  const orders = orderCountOf(profile);
  const stage: Stage =
    orders >= 4
      ? 'client'
      : orders >= settings.repeatMinOrders
        ? 'repeat'
        : orders >= 1
          ? 'first-time'
          : profile.leadStatus
            ? 'prospect'
            : 'suspect';
  const last = lastOrderOf(profile);
  const idle = last ? (Date.parse(asOf) - Date.parse(last)) / 86_400_000 : null;
  const category: Category =
    orders === 0
      ? 'unrated'
      : idle !== null && idle > 365
        ? 'dead'
        : (profile.tickets ?? 0) / orders >= 0.5
          ? 'demanding'
          : 'core';
  const customers = (account as { customers?: number } | null)?.customers ?? null;
  return {
    stage,
    category,
    labels: defaultLabels[category],
    subgroup: null,
    flags: [],
    metrics: { orderCount: orders, revenuePercentile: customers } as Classification['metrics'],
    reasons: [
      {
        rule: `stage.${stage}`,
        decides: 'stage',
        value: orders,
        say: { key: 'test_stage', args: [{ kind: 'text', value: `${stage}: ${orders} orders` }] },
      },
      {
        rule: `category.${category}`,
        decides: 'category',
        value: idle,
        say: {
          key: 'test_category',
          args: [{ kind: 'text', value: `${category}: ${idle ?? '–'} days idle` }],
        },
      },
    ],
    next: null,
    confidence: 'medium',
    treatment: { headline: `${stage}/${category}`, actions: [], fourA: '' },
    warnings: [],
    asOf,
  };
}

export const fakeClassifier: ClassifierPort = {
  classify: (profile, asOf, settings, account) =>
    fakeClassify(profile, asOf, settings as FakeSettings, account),
  buildAccountContext: (profiles) => ({ customers: profiles.length }),
  defaultSettings: (): FakeSettings => ({ repeatMinOrders: 2, vocabulary: 'classic' }),
  validateSettings(value) {
    const v = (value ?? {}) as Partial<FakeSettings>;
    const repeat = v.repeatMinOrders ?? 2;
    if (typeof repeat !== 'number' || !Number.isInteger(repeat) || repeat < 1) {
      throw new SettingsError('stage.repeatMinOrders', 'must be a whole number of at least 1');
    }
    const vocabulary = v.vocabulary ?? 'classic';
    if (vocabulary !== 'classic' && vocabulary !== 'one-page') {
      throw new SettingsError('vocabulary', 'must be classic or one-page');
    }
    return { repeatMinOrders: repeat, vocabulary };
  },
  vocabulary: (settings) => (settings as FakeSettings).vocabulary,
  labelsFor: (category) => defaultLabels[category],
  treatmentFor: (stage, category) => ({ headline: `${stage}/${category}`, actions: [], fourA: '' }),
};
