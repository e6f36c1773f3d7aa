/**
 * How sure a fitted purchase model is, in terms a user can check: how many repeat customers it
 * learned from, whether the optimiser converged, and whether it reproduces the account's own
 * history. The last is the standard in-sample check (Fader, Hardie and Lee 2005, fig. 2): the
 * model's expected number of repeat purchases over each customer's observed age, summed over the
 * account, against the repeat purchases actually made.
 */
import { bgNbdExpectedPurchases } from './bgnbd';
import type { BetaGeoParams, BetaGeoVariant } from './beta-geo';
import type { GroupedHistories } from './histories';
import { mbgNbdExpectedPurchases } from './mbgnbd';

/**
 * E[X(t)] for a customer picked at random at their first purchase: the conditional expectation
 * with no history yet (x = t_x = T = 0), which is exactly the models' unconditional one.
 */
export function unconditionalExpectedPurchases(
  variant: BetaGeoVariant,
  p: BetaGeoParams,
  t: number,
): number {
  const newCustomer = { x: 0, tx: 0, T: 0 };
  return variant === 'mbgnbd'
    ? mbgNbdExpectedPurchases(p, newCustomer, t)
    : bgNbdExpectedPurchases(p, newCustomer, t);
}

/**
 * |expected − actual| / actual for the account's repeat purchases over the calibration period,
 * NaN when it cannot be computed (no repeat purchases, or a series that did not converge).
 */
export function calibrationError(
  data: GroupedHistories,
  variant: BetaGeoVariant,
  p: BetaGeoParams,
): number {
  const expectedByT = Array.from(data.TValues, (T) =>
    unconditionalExpectedPurchases(variant, p, T),
  );
  let expected = 0;
  let actual = 0;
  for (let row = 0; row < data.rowWeight.length; row++) {
    const w = data.rowWeight[row]!;
    expected += w * expectedByT[data.rowT[row]!]!;
    actual += w * data.xValues[data.rowX[row]!]!;
  }
  return actual > 0 ? Math.abs(expected - actual) / actual : NaN;
}

export type ModelConfidence = 'low' | 'medium' | 'high';

/**
 * A judgement, stated in README.md so users can weigh it: the repeat customers are what the
 * four parameters are learned from, and the in-sample error shows a model that does not fit.
 */
export function modelConfidence(repeatCustomers: number, calibration: number): ModelConfidence {
  if (repeatCustomers >= 500 && calibration <= 0.05) return 'high';
  if (repeatCustomers >= 150 && calibration <= 0.1) return 'medium';
  return 'low';
}
