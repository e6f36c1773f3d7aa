/**
 * The vocabulary the demo's customer designs are written in: compact, relative to the
 * demo's "today", so a design reads like the story it tells ("two overdue orders last
 * month") and `world.ts` turns it into dated orders, deals and ids.
 */
import type { DemoExpectation, DemoPaymentStatus } from './types';

/** One Shopify order, `ago` days before the demo's as-of date. */
export interface OrderSpec {
  ago: number;
  total: number;
  discount?: number;
  status?: DemoPaymentStatus;
  refunded?: number;
}

export interface ShopifySpec {
  orders: OrderSpec[];
  /** Days before as-of the customer account was created; defaults to before the first order. */
  createdAgo?: number;
  tags?: string[];
  note?: string;
  rfm?: string;
  expect: DemoExpectation;
}

/** One HubSpot deal: closed won `ago` days ago, or still open when `open` is set. */
export interface DealSpec {
  ago: number;
  amount: number;
  open?: boolean;
}

export interface HubspotSpec {
  /** HubSpot internal lifecycle stage value. */
  lifecycle: string;
  leadStatus?: string;
  deals?: DealSpec[];
  /** One entry per ticket: true when it is still open. */
  tickets?: boolean[];
  nps?: number;
  referrals?: number;
  expect: DemoExpectation;
}

export interface PersonSpec {
  slug: string;
  name: string;
  /** Why this customer is in the demo: the rule or edge case it shows. */
  shows: string;
  shopify?: ShopifySpec;
  hubspot?: HubspotSpec;
}
