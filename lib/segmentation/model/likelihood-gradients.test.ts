/** The analytic gradients the fits rely on, checked against central differences. */
import { beforeAll, describe, expect, it } from 'vitest';
import { CDNOW_CALIBRATION_END, loadSampleTransactions } from '../../../tests/fixtures/cdnow/load';
import { betaGeoLogLikelihood, type BetaGeoParams } from './beta-geo';
import { gammaGammaLogLikelihood, type GammaGammaParams } from './gamma-gamma';
import { groupHistories, type GroupedHistories } from './histories';
import { summarise, type CustomerSummary } from './summarise';

let summary: CustomerSummary[];
let data: GroupedHistories;
beforeAll(() => {
  summary = summarise(loadSampleTransactions(), {
    observationEnd: CDNOW_CALIBRATION_END,
    unit: 'week',
  });
  data = groupHistories(summary);
});

function numericGradient<P extends object>(f: (p: P) => number, p: P): number[] {
  return Object.keys(p).map((name) => {
    const v = p[name as keyof P] as number;
    const h = 1e-6 * v;
    const up = f({ ...p, [name]: v + h });
    const down = f({ ...p, [name]: v - h });
    return (up - down) / (2 * h);
  });
}

const expectClose = (analytic: number[], numeric: number[]) =>
  analytic.forEach((g, i) =>
    expect(Math.abs(g - numeric[i]!) / Math.max(1, Math.abs(numeric[i]!))).toBeLessThan(1e-5),
  );

describe('likelihood gradients', () => {
  const points: BetaGeoParams[] = [
    { r: 0.24, alpha: 4.4, a: 0.79, b: 2.4 },
    { r: 1.3, alpha: 0.7, a: 3.1, b: 0.6 },
  ];
  it.each(['bgnbd', 'mbgnbd'] as const)('%s: ∂ ln L matches central differences', (variant) => {
    const ll = betaGeoLogLikelihood(data, variant);
    for (const p of points) {
      const gradient: number[] = [];
      ll(p, gradient);
      expectClose(
        gradient,
        numericGradient((q: BetaGeoParams) => ll(q), p),
      );
    }
  });

  it('Gamma-Gamma: ∂ ln L matches central differences', () => {
    const ll = gammaGammaLogLikelihood(
      summary.map((c) => ({ x: c.x, monetary: c.monetary ?? NaN })),
    );
    for (const p of [
      { p: 6, q: 3.7, gamma: 15 },
      { p: 0.8, q: 1.2, gamma: 90 },
    ]) {
      const gradient: number[] = [];
      ll(p, gradient);
      expectClose(
        gradient,
        numericGradient((q: GammaGammaParams) => ll(q), p),
      );
    }
  });

  it('the BG/NBD log-likelihood at the published estimates is the published −9582.43', () => {
    const ll = betaGeoLogLikelihood(data, 'bgnbd');
    const published = { r: 0.2425945, alpha: 4.4136019, a: 0.7929199, b: 2.4258881 };
    expect(ll(published)).toBeCloseTo(-9582.429, 2);
  });
});
