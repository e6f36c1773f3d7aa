/**
 * Per-customer predictions from a fitted account model (days as the time unit):
 * P(alive), expected purchases in the next 90 and 365 days, the date by which one more order is
 * expected, the expected order value and the discounted value over the next 12 months.
 */
import type { CustomerPrediction } from '../types';
import { bgNbdExpectedPurchasesMany, bgNbdProbabilityAlive } from './bgnbd';
import type { BetaGeoParams } from './beta-geo';
import { expectedAverageSpend } from './gamma-gamma';
import { isValidHistory, type CustomerHistory } from './histories';
import { mbgNbdExpectedPurchasesMany, mbgNbdProbabilityAlive } from './mbgnbd';
import { MONTH_ENDS, daysToNextOrder, type Expectation } from './next-order';
import type { FittedAccountModel, ModelCustomer } from './predict';
import { dayNumber } from './summarise';

const isoDay = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
/** One series pass covers the twelve month-ends and the 90- and 365-day horizons. */
const FIXED_HORIZONS = [...MONTH_ENDS, 90, 365];

/** The purchase side of a prediction: depends only on (x, t_x, T), so batches can share it. */
interface PurchaseForecast {
  pAlive: number;
  expected90: number;
  expected365: number;
  /** Expected purchases in each of the next 12 months, each discounted to today. */
  discountedPurchases12m: number;
  nextOrderAt: string | null;
}

function forecastPurchases(
  model: FittedAccountModel,
  h: CustomerHistory,
  asOfDay: number,
): PurchaseForecast | null {
  const p: BetaGeoParams = model.params;
  // A stored model is data: refuse parameters no fit can produce rather than score with them.
  if (![p.r, p.alpha, p.a, p.b].every((v) => v > 0 && Number.isFinite(v))) return null;
  const mbg = model.model === 'mbgnbd';
  const expectMany = (ts: number[]) =>
    mbg ? mbgNbdExpectedPurchasesMany(p, h, ts) : bgNbdExpectedPurchasesMany(p, h, ts);
  const expect: Expectation = (t) => expectMany([t])[0] ?? NaN;
  const pAlive = mbg ? mbgNbdProbabilityAlive(p, h) : bgNbdProbabilityAlive(p, h);
  const fixed = expectMany(FIXED_HORIZONS);
  for (const v of fixed) if (!Number.isFinite(v)) return null;
  if (!Number.isFinite(pAlive)) return null;
  const monthly = fixed.slice(0, 12);
  const [expected90 = NaN, expected365 = NaN] = fixed.slice(12);
  const nextDays = daysToNextOrder(expect, monthly);
  if (Number.isNaN(nextDays)) return null;
  let discountedPurchases12m = 0;
  for (let m = 0; m < 12; m++) {
    const purchases = monthly[m]! - (m === 0 ? 0 : monthly[m - 1]!);
    discountedPurchases12m += purchases / Math.pow(1 + model.monthlyDiscountRate, m + 1);
  }
  const nextOrderAt = nextDays === null ? null : isoDay(asOfDay + nextDays);
  return { pAlive, expected90, expected365, discountedPurchases12m, nextOrderAt };
}

function prediction(
  model: FittedAccountModel,
  customer: ModelCustomer,
  f: PurchaseForecast,
): CustomerPrediction {
  const aov = model.spend
    ? expectedAverageSpend(model.spend, { x: customer.x, monetary: customer.monetary ?? NaN })
    : NaN;
  // Profit when the margin is known, so the value matches the profit the rules show.
  const value = f.discountedPurchases12m * aov * (model.margin ?? 1);
  return {
    pAlive: f.pAlive,
    expectedPurchases90: f.expected90,
    expectedPurchases365: f.expected365,
    expectedNextOrderAt: f.nextOrderAt,
    expectedAverageOrderValue: Number.isFinite(aov) ? aov : null,
    value12m: Number.isFinite(value) ? value : null,
    valueBasis: model.margin === null ? 'revenue' : 'profit',
    model: model.model,
  };
}

/** Null when the customer's history is invalid or any figure is not a finite number. */
export function scoreCustomer(
  model: FittedAccountModel,
  customer: ModelCustomer,
): CustomerPrediction | null {
  const h: CustomerHistory = { x: customer.x, tx: customer.tx, T: customer.T };
  if (!isValidHistory(h)) return null;
  const f = forecastPurchases(model, h, dayNumber(model.asOf));
  return f ? prediction(model, customer, f) : null;
}

/**
 * scoreCustomer for a whole account, in input order. Customers with the same (x, t_x, T) share
 * one purchase forecast, which is most of the work (a few dozen hypergeometric series each).
 */
export function scoreCustomers(
  model: FittedAccountModel,
  customers: readonly ModelCustomer[],
): (CustomerPrediction | null)[] {
  const cache = new Map<string, PurchaseForecast | null>();
  const asOfDay = dayNumber(model.asOf);
  return customers.map((c) => {
    const h: CustomerHistory = { x: c.x, tx: c.tx, T: c.T };
    if (!isValidHistory(h)) return null;
    const key = `${h.x}|${h.tx}|${h.T}`;
    let f = cache.get(key);
    if (f === undefined) cache.set(key, (f = forecastPurchases(model, h, asOfDay)));
    return f ? prediction(model, c, f) : null;
  });
}
