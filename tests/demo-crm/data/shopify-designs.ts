/**
 * Shopify-only demo customers, each designed to land on one stage and category under
 * the default settings of ../../../../shared/SEGMENTATION.md once every page of the
 * store has been seen (lists, customer pages and order pages).
 *
 * Design margins that keep the expectations stable:
 * - Percentiles apply here (more than 20 customers with orders). Every expectation is
 *   designed to hold with the percentiles and with the absolute fallbacks alike:
 *   the one snow leopard (9,400) is the store's top net revenue; every other first-time
 *   or repeat customer stays far below the second-highest net revenue (3,810, a client)
 *   and below the 5,000 / 2,000 fallbacks; discount seekers have the lowest average
 *   order values (≤ 34, below the 50 fallback) and every other customer's AOV is ≥ 55.
 * - Dates sit at least 15 days from every day threshold (180, 365).
 * - Refunded and voided orders never decide a threshold, so it does not matter whether a
 *   page's summary counts them.
 * - No client carries the `referral` tag, so reading that tag as one referral cannot make
 *   anyone an advocate; the one `vip`-tagged client is expected as an advocate, since
 *   that tag means "the CRM says advocate" (lib/segmentation/crm-facts.ts).
 */
import type { PersonSpec } from './design-types';
import { SHOPIFY_CLIENTS } from './shopify-clients';
import { SHOPIFY_REPEAT } from './shopify-repeat';
import { SHOPIFY_FIRST_AND_NONE } from './shopify-first-and-none';

/** In id order: changing the order changes ids (never badges). */
export const SHOPIFY_DESIGNS: PersonSpec[] = [
  ...SHOPIFY_CLIENTS,
  ...SHOPIFY_REPEAT,
  ...SHOPIFY_FIRST_AND_NONE,
];
