/**
 * The customer profile: everything Rung knows about one customer, as plain JSON.
 *
 * This is the one shape shared by the adapters (which emit partial profiles, one per
 * customer a page shows), the store (which merges them) and the segmentation engine
 * (which classifies them). Every field but `key` is optional: a missing field means
 * "unknown", never zero (see ../shared/SEGMENTATION.md, "The facts a classification reads").
 *
 * The schema doubles as the trust boundary: everything a content script sends is parsed
 * with it in the background, so lengths are bounded and numbers must be finite.
 */
import { z } from 'zod';

/** Scraped strings are untrusted: cap them so a hostile page cannot bloat the store. */
const text = (max: number) => z.string().max(max);
const isoDate = z.string().max(40);
const amount = z.number().finite();
const count = z.number().int().nonnegative().finite();

export const ORDER_STATUSES = [
  'paid',
  'pending',
  'partially_refunded',
  'refunded',
  'cancelled',
  'failed',
  'voided',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const customerKeySchema = z.object({
  /** CRM kind: 'hubspot' | 'shopify' | 'woocommerce' | 'custom:<site id>'. */
  crm: text(60).min(1),
  /** HubSpot portal id, Shopify store handle, WooCommerce site host, custom site id. */
  account: text(200).min(1),
  /** The CRM's own customer id, where the page shows one. */
  id: text(100).min(1).optional(),
  /** Lower-cased e-mail, where the page shows one. */
  email: text(320).optional(),
});
export type CustomerKey = z.infer<typeof customerKeySchema>;

export const orderSchema = z.object({
  id: text(100).min(1),
  placedAt: isoDate,
  total: amount,
  currency: text(10).optional(),
  /** One of ORDER_STATUSES; anything else is kept and treated as paid. */
  status: text(40).optional(),
  discount: amount.optional(),
  refunded: amount.optional(),
});
export type Order = z.infer<typeof orderSchema>;

export const orderSummarySchema = z.object({
  orderCount: count.optional(),
  totalSpent: amount.optional(),
  firstOrderAt: isoDate.optional(),
  lastOrderAt: isoDate.optional(),
  currency: text(10).optional(),
});
export type OrderSummary = z.infer<typeof orderSummarySchema>;

export const profileSchema = z.object({
  key: customerKeySchema,
  name: text(500).optional(),
  email: text(320).optional(),
  orders: z.array(orderSchema).max(10_000).optional(),
  summary: orderSummarySchema.optional(),
  tickets: count.optional(),
  openTickets: count.optional(),
  latePayments: count.optional(),
  unpaidBalance: amount.optional(),
  referrals: count.optional(),
  nps: z.number().min(0).max(10).optional(),
  /** The CRM's own lifecycle stage, lower-case internal value (HubSpot 'evangelist'). */
  crmStage: text(100).optional(),
  /** The CRM's lead status, lower-case (HubSpot 'unqualified'). */
  leadStatus: text(100).optional(),
  tags: z.array(text(100)).max(200).optional(),
  openDealAmount: amount.optional(),
  disqualified: z.boolean().optional(),
  lastActivityAt: isoDate.optional(),
  /** Shopify's RFM group as its API enum (CHAMPIONS, AT_RISK, …), where the page shows it. */
  rfmGroup: text(40).optional(),
  /** Free-text note the CRM shows for the customer (truncated by the adapter). */
  note: text(4000).optional(),
});
export type Profile = z.infer<typeof profileSchema>;

export { customerKeyString } from './customer-key';
