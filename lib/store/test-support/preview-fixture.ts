/** Three list-row customers whose stages depend on the repeat minimum (real engine). */
import type { Profile } from '../../domain/profile';
import { SHOP } from './store-fixture';

const order = (id: string, placedAt: string) => ({ id, placedAt, total: 100, status: 'paid' });

export const settingsPreviewFixture: Profile[] = [
  { key: { ...SHOP, id: 'one' }, name: 'One Order', orders: [order('a1', '2026-01-10')] },
  {
    key: { ...SHOP, id: 'two' },
    name: 'Two Orders',
    orders: [order('b1', '2025-12-01'), order('b2', '2026-01-15')],
  },
  {
    key: { ...SHOP, id: 'three' },
    name: 'Three Orders',
    orders: [order('c1', '2025-11-01'), order('c2', '2025-12-01'), order('c3', '2026-01-15')],
  },
];
