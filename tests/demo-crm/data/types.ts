/**
 * The demo CRM's world: deterministic sample customers rendered as HubSpot-style and
 * Shopify-admin-style pages. Each customer carries what the demo was designed to show
 * (`expected`), which the demo runner and the browser tests compare with the badges.
 */
import type { Category, Stage } from '../../../lib/segmentation/types';

export type DemoPaymentStatus =
  'paid' | 'pending' | 'overdue' | 'partially_refunded' | 'refunded' | 'voided';

export interface DemoOrder {
  /** Shopify's numeric order id (URL). */
  id: string;
  /** The order name shown, e.g. "#1042". */
  name: string;
  placedAt: string;
  total: number;
  currency: string;
  paymentStatus: DemoPaymentStatus;
  discount: number;
  refunded: number;
}

export interface DemoDeal {
  id: string;
  name: string;
  amount: number;
  /** HubSpot deal stage label, e.g. "Closed won", "Negotiation". */
  stage: string;
  closedWon: boolean;
  closedAt?: string;
}

export interface DemoTicket {
  id: string;
  subject: string;
  open: boolean;
}

export interface DemoShopifyCustomer {
  id: string;
  createdAt: string;
  orders: DemoOrder[];
  tags: string[];
  note?: string;
  /** Shopify RFM enum value, e.g. "AT_RISK"; shown only when present. */
  rfmGroup?: string;
}

export interface DemoHubspotContact {
  id: string;
  /** HubSpot internal lifecycle stage value, e.g. "evangelist". */
  lifecycleStage: string;
  /** HubSpot internal lead status value, e.g. "UNQUALIFIED". */
  leadStatus?: string;
  deals: DemoDeal[];
  tickets: DemoTicket[];
  /** Custom contact properties shown in the About card. */
  nps?: number;
  referrals?: number;
}

export interface DemoExpectation {
  stage: Stage;
  category: Category;
}

export interface DemoCustomer {
  /** Stable slug, e.g. "ada-lovelace". */
  slug: string;
  name: string;
  email: string;
  shopify?: DemoShopifyCustomer;
  hubspot?: DemoHubspotContact;
  expected: { shopify?: DemoExpectation; hubspot?: DemoExpectation };
  /** Why this customer is in the demo: the rule or edge case it was designed to show. */
  shows?: string;
}

export interface DemoWorld {
  /** The demo's "today": pages and classifications are computed as of this date. */
  asOf: string;
  hubspotPortal: string;
  shopifyStore: string;
  currency: string;
  customers: DemoCustomer[];
}
