/**
 * The figures a Shopify customer page and list row show, computed with the counting
 * rules of SEGMENTATION.md (an order counts unless voided or fully refunded; amount
 * spent is net of refunds). Renderers use these so every page tells the same story.
 */
import type { DemoOrder, DemoShopifyCustomer } from './types';

export function countsAsOrder(order: DemoOrder): boolean {
  if (order.paymentStatus === 'voided') return false;
  return !(order.paymentStatus === 'refunded' || order.refunded >= order.total);
}

export interface ShopifyTotals {
  orderCount: number;
  amountSpent: number;
  /** The most recent order, counted or not (the "Last order placed" card shows it). */
  lastOrder: DemoOrder | null;
}

export function shopifyTotals(customer: DemoShopifyCustomer): ShopifyTotals {
  const counted = customer.orders.filter(countsAsOrder);
  const amountSpent = counted.reduce((sum, order) => sum + order.total - order.refunded, 0);
  const newestFirst = [...customer.orders].sort((a, b) => b.placedAt.localeCompare(a.placedAt));
  return {
    orderCount: counted.length,
    amountSpent: Math.round(amountSpent * 100) / 100,
    lastOrder: newestFirst[0] ?? null,
  };
}
