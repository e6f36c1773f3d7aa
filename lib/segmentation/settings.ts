/**
 * The engine's settings: a versioned, nested object grouped the way the options page
 * shows it. Numbers get their bounds from setting-fields.ts; cross-field rules (a client
 * needs at least as many orders as a repeat customer, …) are checked here too, and
 * every refusal names the field and the allowed range.
 */
import { z } from 'zod';
import { defaultLabels, defaultPlaybook } from './playbook';
import { settingField } from './setting-fields';
import { CATEGORIES, STAGES } from './types';

function num(path: string) {
  const field = settingField(path);
  if (!field) throw new Error(`settings: no field description for ${path}`);
  const base = field.integer ? z.number().int() : z.number();
  return base.min(field.min).max(field.max);
}

const text = z.string().max(500);
const entrySchema = z.object({
  headline: text,
  actions: z.array(text).max(20),
  fourA: text,
});
const labelsSchema = z.object({ classic: z.string().max(80), onePage: z.string().max(80) });

/** z.object over a fixed list of keys, each with the same value schema. */
function recordOf<K extends string, S extends z.ZodType>(keys: readonly K[], value: S) {
  const shape = {} as Record<K, S>;
  for (const k of keys) shape[k] = value;
  return z.object(shape);
}

const baseSchema = z.object({
  version: z.literal(1),
  stage: z.object({
    repeatMinOrders: num('stage.repeatMinOrders'),
    clientMinOrders: num('stage.clientMinOrders'),
    clientMinTenureDays: num('stage.clientMinTenureDays'),
    advocateMinReferrals: num('stage.advocateMinReferrals'),
    advocateMinNps: num('stage.advocateMinNps'),
    partnerMinReferrals: num('stage.partnerMinReferrals'),
  }),
  dead: z.object({
    daysSinceLastOrder: num('dead.daysSinceLastOrder'),
    daysWithUnpaidBalance: num('dead.daysWithUnpaidBalance'),
    pAliveThreshold: num('dead.pAliveThreshold'),
  }),
  demanding: z.object({
    ticketsPerOrder: num('demanding.ticketsPerOrder'),
    latePayments: num('demanding.latePayments'),
    supportCostShare: num('demanding.supportCostShare'),
  }),
  discountSeeker: z.object({
    discountShare: num('discountSeeker.discountShare'),
    aovPercentile: num('discountSeeker.aovPercentile'),
    fallbackAov: num('discountSeeker.fallbackAov'),
  }),
  devoted: z.object({ noDiscountWithinDays: num('devoted.noDiscountWithinDays') }),
  highPotential: z.object({
    percentile: num('highPotential.percentile'),
    fallbackNetRevenue: num('highPotential.fallbackNetRevenue'),
    fallbackLargestOrder: num('highPotential.fallbackLargestOrder'),
    openDealAmount: num('highPotential.openDealAmount'),
  }),
  percentiles: z.object({ minCustomers: num('percentiles.minCustomers') }),
  costs: z.object({
    grossMargin: num('costs.grossMargin'),
    supportCostPerTicket: num('costs.supportCostPerTicket'),
  }),
  subgroup: z.object({
    profitablePercentile: num('subgroup.profitablePercentile'),
    unprofitablePercentile: num('subgroup.unprofitablePercentile'),
    fallbackProfitableAtOrAbove: num('subgroup.fallbackProfitableAtOrAbove'),
    fallbackUnprofitableAtOrBelow: num('subgroup.fallbackUnprofitableAtOrBelow'),
  }),
  model: z.object({ monthlyDiscountRate: num('model.monthlyDiscountRate') }),
  vocabulary: z.enum(['classic', 'one-page']),
  labels: recordOf(CATEGORIES, labelsSchema),
  playbook: z.object({
    stages: recordOf(STAGES, entrySchema),
    categories: recordOf(CATEGORIES, entrySchema),
  }),
});

export type Settings = z.infer<typeof baseSchema>;

/** Pairs that must stay ordered: [lower path, higher path, strictly below?]. */
const ORDERED: readonly [string, string, boolean][] = [
  ['stage.repeatMinOrders', 'stage.clientMinOrders', false],
  ['stage.advocateMinReferrals', 'stage.partnerMinReferrals', false],
  ['subgroup.unprofitablePercentile', 'subgroup.profitablePercentile', true],
  ['subgroup.fallbackUnprofitableAtOrBelow', 'subgroup.fallbackProfitableAtOrAbove', true],
];

function at(settings: Settings, path: string): number {
  const [group, key] = path.split('.') as [string, string];
  return (settings as unknown as Record<string, Record<string, number>>)[group]?.[key] ?? NaN;
}

export const settingsSchema = baseSchema.superRefine((s, ctx) => {
  for (const [lowPath, highPath, strict] of ORDERED) {
    const low = at(s, lowPath);
    const high = at(s, highPath);
    if (strict ? low < high : low <= high) continue;
    ctx.addIssue({
      code: 'custom',
      path: highPath.split('.'),
      message: `${highPath} (${high}) must be ${strict ? 'above' : 'at least'} ${lowPath} (${low})`,
    });
  }
});

/** Freezes an object graph: resolved settings are shared by every classification. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export const defaultSettings: Settings = deepFreeze({
  version: 1,
  stage: {
    repeatMinOrders: 2,
    clientMinOrders: 4,
    clientMinTenureDays: 180,
    advocateMinReferrals: 1,
    advocateMinNps: 9,
    partnerMinReferrals: 3,
  },
  dead: { daysSinceLastOrder: 365, daysWithUnpaidBalance: 180, pAliveThreshold: 0.1 },
  demanding: { ticketsPerOrder: 0.5, latePayments: 2, supportCostShare: 0.3 },
  discountSeeker: { discountShare: 0.5, aovPercentile: 40, fallbackAov: 50 },
  devoted: { noDiscountWithinDays: 365 },
  highPotential: {
    percentile: 95,
    fallbackNetRevenue: 5000,
    fallbackLargestOrder: 2000,
    openDealAmount: 10_000,
  },
  percentiles: { minCustomers: 20 },
  costs: { grossMargin: 0.4, supportCostPerTicket: 15 },
  subgroup: {
    profitablePercentile: 67,
    unprofitablePercentile: 33,
    fallbackProfitableAtOrAbove: 500,
    fallbackUnprofitableAtOrBelow: 0,
  },
  model: { monthlyDiscountRate: 0.01 },
  vocabulary: 'classic',
  labels: structuredClone(defaultLabels),
  playbook: structuredClone(defaultPlaybook),
});
