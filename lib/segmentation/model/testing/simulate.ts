/**
 * A seeded simulator of an account whose customers follow MBG/NBD (or BG/NBD) purchasing and
 * Gamma-Gamma spending, for parameter-recovery tests and the 100,000-customer bench. Test
 * support only: not exported from the model's index.
 */
import type { BetaGeoParams, BetaGeoVariant } from '../beta-geo';
import type { GammaGammaParams } from '../gamma-gamma';
import type { Transaction } from '../summarise';

/** mulberry32: a small, fast, well-mixed 32-bit PRNG; same seed, same account. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(random: () => number): number {
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** Gamma(shape, rate) by Marsaglia and Tsang (2000), boosted for shape < 1. */
export function gammaVariate(random: () => number, shape: number, rate: number): number {
  if (shape < 1) return gammaVariate(random, shape + 1, rate) * Math.pow(1 - random(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const z = normal(random);
    const v = (1 + c * z) ** 3;
    if (v <= 0) continue;
    const u = 1 - random();
    if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) return (d * v) / rate;
  }
}

export interface SimulationOptions {
  customers: number;
  seed: number;
  purchase: BetaGeoParams;
  variant: BetaGeoVariant;
  spend: GammaGammaParams;
  /** Each customer's first purchase is this many days or fewer before the end (at least 1). */
  maxAgeDays: number;
}

/** Transactions on whole days; the observation window ends on day `maxAgeDays`. */
export function simulateAccount(o: SimulationOptions): Transaction[] {
  const random = seededRandom(o.seed);
  const { r, alpha, a, b } = o.purchase;
  const out: Transaction[] = [];
  for (let i = 0; i < o.customers; i++) {
    const customer = String(i);
    const start = Math.floor(random() * o.maxAgeDays);
    const lambda = gammaVariate(random, r, alpha);
    const ga = gammaVariate(random, a, 1);
    const dropout = ga / (ga + gammaVariate(random, b, 1));
    const nu = gammaVariate(random, o.spend.q, o.spend.gamma);
    const spend = () => gammaVariate(random, o.spend.p, nu);
    out.push({ customer, day: start, value: spend() });
    // MBG/NBD customers may leave right after their first purchase; BG/NBD ones may not.
    let alive = o.variant === 'bgnbd' || random() >= dropout;
    let t = start;
    while (alive) {
      t += -Math.log(1 - random()) / lambda;
      if (t > o.maxAgeDays) break;
      out.push({ customer, day: Math.floor(t), value: spend() });
      alive = random() >= dropout;
    }
  }
  return out;
}
