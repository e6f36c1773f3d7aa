/** A realistic CustomerDetail for component tests; override any part per test. */
import type { CustomerDetail } from '../../lib/messages/protocol';
import type { Classification, Metrics } from '../../lib/segmentation/types';

export const sampleMetrics: Metrics = {
  orderCount: 3,
  netRevenue: 420.5,
  averageOrderValue: 140.17,
  largestOrder: 200,
  discountShare: 0.33,
  profit: 153.2,
  supportCost: 15,
  daysSinceLastOrder: 12,
  tenureDays: 95,
  medianDaysBetweenOrders: 30,
  stability: 'monthly',
  ticketsPerOrder: 0.33,
  latePayments: 0,
  referrals: null,
  revenuePercentile: 71,
  currency: 'USD',
  firstOrderAt: '2026-08-10',
  lastOrderAt: '2026-11-11',
};

export function sampleClassification(overrides: Partial<Classification> = {}): Classification {
  return {
    stage: 'repeat',
    category: 'core',
    labels: { classic: 'Core', onePage: 'Core' },
    subgroup: 'profitable',
    flags: [],
    metrics: sampleMetrics,
    reasons: [
      {
        rule: 'stage.repeat',
        decides: 'stage',
        value: 3,
        threshold: 2,
        say: {
          key: 'why_stage_repeat',
          args: [
            { kind: 'count', value: 3, unit: 'order' },
            { kind: 'number', value: 2 },
          ],
        },
      },
      {
        rule: 'category.core',
        decides: 'category',
        value: true,
        say: { key: 'why_core', args: [] },
      },
    ],
    next: {
      stage: 'client',
      rule: 'stage.client',
      say: {
        key: 'step_client_tenure',
        args: [
          { kind: 'count', value: 1, unit: 'more-order' },
          { kind: 'count', value: 180, unit: 'day' },
        ],
      },
    },
    confidence: 'high',
    treatment: {
      headline: 'Engagement: thank them and cross-sell',
      actions: ['Thank for the purchase', 'Ask for feedback', 'Offer a second product line'],
      fourA: 'Thank you for coming back; we appreciate it.',
    },
    warnings: [],
    asOf: '2026-11-23',
    ...overrides,
  };
}

export function sampleDetail(overrides: Partial<CustomerDetail> = {}): CustomerDetail {
  const classification = sampleClassification();
  return {
    key: { crm: 'hubspot', account: '123', id: '42' },
    profile: {
      key: { crm: 'hubspot', account: '123', id: '42' },
      name: 'Ada Lovelace',
      orders: [
        { id: 'o1', placedAt: '2026-08-10', total: 100, status: 'paid' },
        { id: 'o2', placedAt: '2026-10-02', total: 200, status: 'paid', discount: 20 },
        { id: 'o3', placedAt: '2026-11-11', total: 140.5, status: 'paid', refunded: 20 },
      ],
    },
    automatic: classification,
    effective: classification,
    override: null,
    history: [
      {
        at: '2026-08-10T10:00:00Z',
        field: 'stage',
        from: null,
        to: 'first-time',
        source: 'automatic',
        why: {
          key: 'why_stage_first_time',
          args: [
            { kind: 'count', value: 1, unit: 'order' },
            { kind: 'number', value: 2 },
          ],
        },
      },
      {
        at: '2026-10-02T10:00:00Z',
        field: 'stage',
        from: 'first-time',
        to: 'repeat',
        source: 'automatic',
        why: {
          key: 'why_stage_repeat',
          args: [
            { kind: 'count', value: 2, unit: 'order' },
            { kind: 'number', value: 2 },
          ],
        },
      },
    ],
    evidence: [
      { field: 'orders', page: 'customer', url: 'https://app.hubspot.com/x', seenAt: '2026-11-20' },
    ],
    linked: [{ crm: 'shopify', account: 'shop', email: 'ada@example.com' }],
    prediction: null,
    diagnostics: ['record.phone'],
    ...overrides,
  };
}
