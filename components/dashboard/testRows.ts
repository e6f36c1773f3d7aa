/** Rows for dashboard tests: a small account where the devoted few bring most profit. */
import type { CustomerRow } from './rows';
import type { Category, Stage } from '../../lib/segmentation/types';

export function row(
  id: string,
  stage: Stage,
  category: Category,
  netRevenue: number | null,
  profit: number | null,
  extra: Partial<CustomerRow> = {},
): CustomerRow {
  return {
    key: { crm: 'shopify', account: 'shop', id },
    name: `Customer ${id}`,
    email: `c${id}@example.com`,
    stage,
    category,
    overridden: false,
    orderCount: netRevenue === null ? null : 1,
    netRevenue,
    profit,
    lastOrderAt: '2026-01-01',
    currency: 'USD',
    url: `https://admin.shopify.com/store/shop/customers/${id}`,
    ...extra,
  };
}

export const accountRows: CustomerRow[] = [
  row('1', 'advocate', 'devoted', 9000, 3600),
  row('2', 'client', 'devoted', 6000, 2400),
  row('3', 'repeat', 'core', 1000, 400),
  row('4', 'repeat', 'core', 800, 320),
  row('5', 'first-time', 'core', 200, 80),
  row('6', 'first-time', 'dead', 100, -20),
  row('7', 'repeat', 'demanding', 500, -100),
  row('8', 'prospect', 'unrated', null, null),
  row('9', 'suspect', 'unrated', null, null),
  row('10', 'disqualified', 'unrated', null, null),
];
