/**
 * Per-customer predictions from a fitted account model (days as the time unit):
 * P(alive), expected purchases in the next 90 and 365 days, the date by which one more order is
 * expected, the expected order value and the discounted value over the next 12 months.
 */
import type { CustomerPrediction } from '../types';
import { bgNbdExpectedPurchases, bgNbdProbabilityAlive } from './bgnbd';
import type { BetaGeoParams } from './beta-geo';
import { expectedAverageSpend } from './gamma-gamma';
import { isValidHistory, type CustomerHistory } from './histories';
import { mbgNbdExpectedPurchases, mbgNbdProbabilityAlive } from './mbgnbd';
import type { FittedAccountModel, ModelCustomer } from './predict';
import { dayNumber } from './summarise';

const DAYS_PER_MONTH = 365.25 / 12;
/** Beyond two years an "expected next order" is not a forecast anyone should act on. */
export const NEXT_ORDER_HORIZON_MONTHS = 24;

type Expectation = (t: number) => number;

/**
 * The first day by which E[purchases] reaches 1: found between the two month-ends that bracket
 * it by bisection on that month (half a day is plenty for a date). Null when it is not reached
 * within the horizon, i.e. the model does not expect another order at all soon.
 */
function daysToNextOrder(expect: Expectation, monthly: number[]): number | null {
  const month = monthly.findIndex((e) => e >= 1);
  if (month < 0) return null;
  let lo = month * DAYS_PER_MONTH;
  let hi = (month + 1) * DAYS_PER_MONTH;
  while (hi - lo > 0.5) {
    const mid = (lo + hi) / 2;
    if (expect(mid) >= 1) hi = mid;
    else lo = mid;
  }
  return Math.ceil(hi);
}

const isoDay = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

/** Null when the customer's history is invalid or any figure is not a finite number. */
export function scoreCustomer(
  model: FittedAccountModel,
  customer: ModelCustomer,
): CustomerPrediction | null {
  const h: CustomerHistory = { x: customer.x, tx: customer.tx, T: customer.T };
  if (!isValidHistory(h)) return null;
  const p: BetaGeoParams = model.params;
  const mbg = model.model === 'mbgnbd';
  const expect: Expectation = (t) =>
    mbg ? mbgNbdExpectedPurchases(p, h, t) : bgNbdExpectedPurchases(p, h, t);
  const pAlive = mbg ? mbgNbdProbabilityAlive(p, h) : bgNbdProbabilityAlive(p, h);

  const monthly = Array.from({ length: NEXT_ORDER_HORIZON_MONTHS }, (_, m) =>
    expect((m + 1) * DAYS_PER_MONTH),
  );
  const expected90 = expect(90);
  const expected365 = expect(365);
  if (![pAlive, expected90, expected365, ...monthly].every(Number.isFinite)) return null;

  const nextDays = daysToNextOrder(expect, monthly);
  const asOfDay = dayNumber(model.asOf);
  const aov = model.spend
    ? expectedAverageSpend(model.spend, { x: customer.x, monetary: customer.monetary ?? NaN })
    : NaN;
  const factor = model.margin ?? 1;
  let value = 0;
  for (let m = 0; m < 12; m++) {
    const purchases = monthly[m]! - (m === 0 ? 0 : monthly[m - 1]!);
    value += (purchases * aov * factor) / Math.pow(1 + model.monthlyDiscountRate, m + 1);
  }

  return {
    pAlive,
    expectedPurchases90: expected90,
    expectedPurchases365: expected365,
    expectedNextOrderAt: nextDays === null ? null : isoDay(asOfDay + nextDays),
    expectedAverageOrderValue: Number.isFinite(aov) ? aov : null,
    value12m: Number.isFinite(value) ? value : null,
    valueBasis: model.margin === null ? 'revenue' : 'profit',
    model: model.model,
  };
}
