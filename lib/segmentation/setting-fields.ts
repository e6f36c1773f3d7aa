/**
 * Every numeric setting, described as data: the options page renders a group of inputs
 * from this table and validates inline with the same bounds the engine enforces
 * (settings.ts builds its zod schema from it, so the two cannot drift apart).
 *
 * Units: `share` and `probability` are stored as fractions 0–1 (show them × 100 as %);
 * `percentile` is 0–100; `money` is in the account's currency.
 */

export type SettingUnit =
  | 'orders'
  | 'days'
  | 'referrals'
  | 'score'
  | 'ratio'
  | 'count'
  | 'share'
  | 'probability'
  | 'percentile'
  | 'money'
  | 'customers';

export interface SettingField {
  /** Dotted path inside the settings object, e.g. 'stage.clientMinOrders'. */
  path: string;
  /** The settings group (the options page renders one fieldset per group). */
  group: string;
  /** Translation key for the field's label. */
  labelKey: string;
  min: number;
  max: number;
  step: number;
  integer: boolean;
  unit: SettingUnit;
}

type FieldSpec = [path: string, min: number, max: number, step: number, unit: SettingUnit];

const INT_UNITS: ReadonlySet<SettingUnit> = new Set([
  'orders',
  'days',
  'referrals',
  'count',
  'customers',
]);

const SPECS: readonly FieldSpec[] = [
  ['stage.repeatMinOrders', 2, 1000, 1, 'orders'],
  ['stage.clientMinOrders', 2, 1000, 1, 'orders'],
  ['stage.clientMinTenureDays', 0, 3650, 1, 'days'],
  ['stage.advocateMinReferrals', 1, 1000, 1, 'referrals'],
  ['stage.advocateMinNps', 0, 10, 1, 'score'],
  ['stage.partnerMinReferrals', 1, 1000, 1, 'referrals'],
  ['dead.daysSinceLastOrder', 1, 3650, 1, 'days'],
  ['dead.daysWithUnpaidBalance', 1, 3650, 1, 'days'],
  ['dead.pAliveThreshold', 0, 1, 0.01, 'probability'],
  ['demanding.ticketsPerOrder', 0.01, 100, 0.01, 'ratio'],
  ['demanding.latePayments', 1, 1000, 1, 'count'],
  ['demanding.supportCostShare', 0.01, 10, 0.01, 'share'],
  ['discountSeeker.discountShare', 0.01, 1, 0.01, 'share'],
  ['discountSeeker.aovPercentile', 1, 99, 1, 'percentile'],
  ['discountSeeker.fallbackAov', 0, 1e9, 1, 'money'],
  ['devoted.noDiscountWithinDays', 1, 3650, 1, 'days'],
  ['highPotential.percentile', 50, 99.9, 0.1, 'percentile'],
  ['highPotential.fallbackNetRevenue', 0, 1e12, 1, 'money'],
  ['highPotential.fallbackLargestOrder', 0, 1e12, 1, 'money'],
  ['highPotential.openDealAmount', 0, 1e12, 1, 'money'],
  ['percentiles.minCustomers', 2, 100_000, 1, 'customers'],
  ['costs.grossMargin', 0, 1, 0.01, 'share'],
  ['costs.supportCostPerTicket', 0, 1e9, 0.01, 'money'],
  ['subgroup.profitablePercentile', 1, 99, 1, 'percentile'],
  ['subgroup.unprofitablePercentile', 1, 99, 1, 'percentile'],
  ['subgroup.fallbackProfitableAtOrAbove', -1e12, 1e12, 1, 'money'],
  ['subgroup.fallbackUnprofitableAtOrBelow', -1e12, 1e12, 1, 'money'],
  ['model.monthlyDiscountRate', 0, 0.5, 0.001, 'share'],
];

export const settingFields: readonly SettingField[] = SPECS.map(([path, min, max, step, unit]) => ({
  path,
  group: path.slice(0, path.indexOf('.')),
  labelKey: `settings.${path}`,
  min,
  max,
  step,
  integer: INT_UNITS.has(unit) || unit === 'score',
  unit,
}));

const byPath = new Map(settingFields.map((f) => [f.path, f]));

export function settingField(path: string): SettingField | undefined {
  return byPath.get(path);
}

/** "an integer from 2 to 1000" / "a number from 0 to 1": the allowed range, for messages. */
export function rangeText(field: SettingField): string {
  return `${field.integer ? 'an integer' : 'a number'} from ${field.min} to ${field.max}`;
}
