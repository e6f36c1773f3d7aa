/**
 * The textbook forms of the conditional expectations, evaluated with the plain 2F1 series:
 * FHL 2005 eq. 10 (BG/NBD) and Wagner and Hoppe 2008 (MBG/NBD). Slow for heavy buyers and 0/0 at
 * a = 1, which is why the models use expectation-series.ts; kept here as an independent
 * reference the tests compare the fast forms against. Test support only.
 */
import type { BetaGeoParams } from '../beta-geo';
import type { CustomerHistory } from '../histories';
import { hyp2f1 } from '../special-functions';

const silence = (p: BetaGeoParams, h: CustomerHistory) =>
  Math.pow((p.alpha + h.T) / (p.alpha + h.tx), p.r + h.x);

export function directBgNbdExpectation(p: BetaGeoParams, h: CustomerHistory, t: number): number {
  const { r, alpha, a, b } = p;
  const { x, T } = h;
  const c = a + b + x - 1;
  const hyp = hyp2f1(r + x, b + x, c, t / (alpha + T + t));
  const numerator = (c / (a - 1)) * (1 - Math.pow((alpha + T) / (alpha + T + t), r + x) * hyp);
  const denominator = x > 0 ? 1 + (a / (b + x - 1)) * silence(p, h) : 1;
  return numerator / denominator;
}

export function directMbgNbdExpectation(p: BetaGeoParams, h: CustomerHistory, t: number): number {
  const { r, alpha, a, b } = p;
  const { x, T } = h;
  const hyp = hyp2f1(r + x, b + x + 1, a + b + x, t / (alpha + T + t));
  const numerator =
    ((a + b + x) / (a - 1)) * (1 - Math.pow((alpha + T) / (alpha + T + t), r + x) * hyp);
  return numerator / (1 + (a / (b + x)) * silence(p, h));
}
