/**
 * WooCommerce order statuses (research §3.2, `wc_get_order_statuses()`, H) mapped to profile
 * statuses, per the lead's decision of 2026-11-23. Drafts and trashed orders are not orders
 * the customer placed, so they are skipped. A plugin's own status is kept as written (the
 * profile schema treats unknown statuses as paid).
 */
import type { OrderStatus } from '../../domain/profile';

const MAP: Readonly<Record<string, OrderStatus>> = {
  completed: 'paid',
  processing: 'paid',
  pending: 'pending',
  'on-hold': 'pending',
  cancelled: 'cancelled',
  refunded: 'refunded',
  failed: 'failed',
};

const SKIPPED = new Set(['checkout-draft', 'draft', 'auto-draft', 'trash']);

export type WooStatus = { skip: true } | { skip: false; status?: string };

/** `slug` with or without the `wc-` prefix (legacy rows and `<option>` values carry it). */
export function mapStatus(slug: string | undefined): WooStatus {
  if (!slug) return { skip: false };
  const bare = slug.toLowerCase().replace(/^wc-/, '');
  if (SKIPPED.has(bare)) return { skip: true };
  if (!/^[a-z0-9_-]{1,40}$/.test(bare)) return { skip: false };
  return { skip: false, status: MAP[bare] ?? bare };
}

const STATUS_CLASS = /(?:^|\s)status-([\w-]{1,60})(?:\s|$)/;

/** The status slug in a class list (`status-processing`, `status-wc-completed`). */
export function statusFromClasses(el: Element | null): string | undefined {
  // A regex over className: copying classList per row is measurably slower on long lists.
  return el ? STATUS_CLASS.exec(el.getAttribute('class') ?? '')?.[1] : undefined;
}
