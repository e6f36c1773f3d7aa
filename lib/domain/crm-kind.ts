/**
 * Which CRM a customer or a page belongs to, and what kind of page a content script read.
 * A CRM kind is a driver's id (lib/crms/<id>/), except that each CRM the user taught Rung
 * is its own kind, `custom:<definition id>`, read by the one `custom` driver.
 */
export type CrmKind = 'hubspot' | 'shopify' | 'woocommerce' | `custom:${string}`;
export type PageKind = 'customer' | 'customer-list' | 'order' | 'order-list';
