/**
 * Which WooCommerce admin screen a URL is, from its path and query alone (research §3.1, H).
 * Self-hosted shops live on any host, and possibly in a sub-directory (`/shop/wp-admin/`),
 * so only the `wp-admin/<file>` tail and the query shape count. Query order varies, hence
 * URLSearchParams.
 */

export type WooScreen =
  | { kind: 'order-list'; storage: 'hpos' | 'legacy'; customerId?: string }
  | { kind: 'order'; storage: 'hpos' | 'legacy'; orderId: string }
  | { kind: 'customer'; userId: string }
  | { kind: 'customer-list' };

/** A WordPress admin URL: the shop's ground on whatever host it runs. */
export const WP_ADMIN = /\/wp-admin\//;
const ADMIN_FILE = /(?:^|\/)wp-admin\/([a-z-]+\.php)$/;
/** Positive WordPress ids only: `0` means "guest" / "none" in WooCommerce. */
const POSITIVE_ID = /^[1-9]\d{0,19}$/;

const idParam = (q: URLSearchParams, name: string): string | undefined => {
  const value = q.get(name);
  return value !== null && POSITIVE_ID.test(value) ? value : undefined;
};

// Not a bare `storage`: WXT's auto-import takes that name for its own storage module and
// would bundle it (with its start-up code) into every page that imports this file.
function ordersList(orderStorage: 'hpos' | 'legacy', q: URLSearchParams): WooScreen {
  const customerId = idParam(q, '_customer_user');
  return customerId
    ? { kind: 'order-list', storage: orderStorage, customerId }
    : { kind: 'order-list', storage: orderStorage };
}

function adminPhp(q: URLSearchParams): WooScreen | null {
  const page = q.get('page');
  if (page === 'wc-orders') {
    const action = q.get('action');
    if (action === 'edit') {
      const orderId = idParam(q, 'id');
      return orderId ? { kind: 'order', storage: 'hpos', orderId } : null;
    }
    return action === null || action === '' || action === '-1' ? ordersList('hpos', q) : null;
  }
  // `path` arrives decoded from `%2Fcustomers`; sub-paths are other reports.
  if (page === 'wc-admin' && q.get('path')?.replace(/\/+$/, '') === '/customers') {
    return { kind: 'customer-list' };
  }
  return null;
}

export function wooScreen(url: URL): WooScreen | null {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const file = ADMIN_FILE.exec(url.pathname)?.[1];
  const q = url.searchParams;
  switch (file) {
    case 'admin.php':
      return adminPhp(q);
    case 'edit.php':
      return q.get('post_type') === 'shop_order' ? ordersList('legacy', q) : null;
    case 'post.php': {
      // Any post type edits here; the reader checks body.post-type-shop_order (§3.1).
      const orderId = idParam(q, 'post');
      return orderId && q.get('action') === 'edit'
        ? { kind: 'order', storage: 'legacy', orderId }
        : null;
    }
    case 'user-edit.php': {
      const userId = idParam(q, 'user_id');
      return userId ? { kind: 'customer', userId } : null;
    }
    default:
      return null;
  }
}
