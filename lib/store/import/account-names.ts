/**
 * The CRM and account an import belongs to, written the way Rung's page readers write them
 * (pure), so an import lands on the customers the pages already showed: `WooCommerce` is
 * `woocommerce`, `https://acme-tea.myshopify.com/admin` and `admin.shopify.com/store/acme-tea`
 * are the store handle `acme-tea`, a WooCommerce or custom site is its host, a HubSpot portal
 * its number (`app.hubspot.com/contacts/4455667/…` → `4455667`).
 */

export function normaliseCrm(raw: string): string {
  const text = raw.trim().toLowerCase();
  if (text.startsWith('custom:')) return `custom:${hostOf(text.slice(7))}`;
  return text.replace(/\s+/g, '');
}

export function normaliseAccount(crm: string, raw: string): string {
  const text = raw.trim();
  if (!text) return '';
  if (crm === 'shopify') {
    const lower = text.toLowerCase();
    const store = /admin\.shopify\.com\/store\/([a-z0-9][a-z0-9-]*)/.exec(lower);
    if (store) return store[1]!;
    const handle = /^(?:[a-z]+:\/\/)?([a-z0-9][a-z0-9-]*)\.myshopify\.com(?:[/:?#]|$)/.exec(lower);
    if (handle) return handle[1]!;
    return lower.replace(/^[a-z]+:\/\//, '').replace(/[/?#].*$/, '');
  }
  if (crm === 'hubspot') {
    const portal = /(?:^|\/)(\d{3,12})(?:[/?#]|$)/.exec(text);
    return portal ? portal[1]! : text;
  }
  return hostOf(text);
}

/** A site written as a URL or a host → its host, lower-cased, with the port if any. */
function hostOf(text: string): string {
  const trimmed = text.trim();
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
    return url.host;
  } catch {
    return trimmed.toLowerCase();
  }
}
