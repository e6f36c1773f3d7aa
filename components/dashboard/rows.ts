/**
 * One customer as the dashboard lists it: the effective classification and the few
 * figures the charts and the table need. Built by the background from the store (see
 * the `customers.list` message proposed in entrypoints/dashboard/pendingMessages.ts).
 */
import type { CustomerKey } from '../../lib/profile';
import type { Category, Stage } from '../../lib/segmentation/types';

export interface CustomerRow {
  key: CustomerKey;
  name: string | null;
  email: string | null;
  stage: Stage;
  category: Category;
  overridden: boolean;
  orderCount: number | null;
  netRevenue: number | null;
  profit: number | null;
  lastOrderAt: string | null;
  currency: string | null;
  /** The CRM page Rung last read this customer on, for "open in CRM". */
  url: string | null;
}

export interface AccountRef {
  crm: string;
  account: string;
  customers: number;
}
