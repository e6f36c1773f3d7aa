/**
 * The export files Rung recognises, with their real column headers (see
 * lib/store/README.md for the sources). Each field lists the header names it is known
 * by, compared case-insensitively after trimming; a format is recognised when all of its
 * `signature` headers are present.
 */
import type { ImportField, ImportKind } from './fields';

export type FormatId =
  | 'shopify-customers'
  | 'shopify-orders'
  | 'woocommerce-customers'
  | 'woocommerce-orders'
  | 'hubspot-contacts';

export interface ExportFormat {
  id: FormatId;
  crm: 'shopify' | 'woocommerce' | 'hubspot';
  kind: ImportKind;
  label: string;
  signature: string[];
  columns: Partial<Record<ImportField, string[]>>;
}

export const FORMATS: readonly ExportFormat[] = [
  {
    id: 'shopify-customers',
    crm: 'shopify',
    kind: 'customers',
    label: 'Shopify customers export',
    signature: ['First Name', 'Last Name', 'Email', 'Total Spent', 'Total Orders'],
    columns: {
      customerId: ['Customer ID', 'ID'],
      email: ['Email'],
      firstName: ['First Name'],
      lastName: ['Last Name'],
      totalSpent: ['Total Spent'],
      orderCount: ['Total Orders'],
      tags: ['Tags'],
      note: ['Note'],
    },
  },
  {
    id: 'shopify-orders',
    crm: 'shopify',
    kind: 'orders',
    label: 'Shopify orders export',
    signature: ['Name', 'Email', 'Financial Status', 'Total', 'Created at'],
    columns: {
      orderId: ['Id', 'Name'],
      email: ['Email'],
      fullName: ['Billing Name'],
      placedAt: ['Created at'],
      total: ['Total'],
      currency: ['Currency'],
      status: ['Financial Status'],
      discount: ['Discount Amount'],
      refunded: ['Refunded Amount'],
      cancelledAt: ['Cancelled at'],
    },
  },
  {
    id: 'woocommerce-customers',
    crm: 'woocommerce',
    kind: 'customers',
    label: 'WooCommerce customers report (Analytics › Customers › Download)',
    signature: ['Name', 'Email', 'Orders', 'Total spend'],
    columns: {
      fullName: ['Name'],
      email: ['Email'],
      orderCount: ['Orders'],
      totalSpent: ['Total spend'],
      lastActivityAt: ['Last active'],
    },
  },
  {
    id: 'woocommerce-orders',
    crm: 'woocommerce',
    kind: 'orders',
    label: 'WooCommerce orders export (Order Import Export columns)',
    signature: ['order_id', 'order_date', 'order_total'],
    columns: {
      orderId: ['order_id', 'order_number'],
      customerId: ['customer_id', 'customer_user'],
      email: ['customer_email', 'billing_email'],
      firstName: ['billing_first_name'],
      lastName: ['billing_last_name'],
      placedAt: ['order_date'],
      total: ['order_total'],
      currency: ['order_currency'],
      status: ['status'],
      discount: ['discount_total', 'cart_discount'],
      refunded: ['order_refund', 'refund_total'],
    },
  },
  {
    id: 'hubspot-contacts',
    crm: 'hubspot',
    kind: 'customers',
    label: 'HubSpot contacts export',
    signature: ['Record ID', 'Email'],
    columns: {
      customerId: ['Record ID', 'Contact ID'],
      email: ['Email'],
      firstName: ['First Name'],
      lastName: ['Last Name'],
      lifecycleStage: ['Lifecycle Stage'],
      leadStatus: ['Lead Status'],
      lastActivityAt: ['Last Activity Date'],
    },
  },
];

const norm = (header: string) => header.trim().toLowerCase();

/** The first format whose signature headers are all present, or null (→ mapping step). */
export function detectFormat(headers: string[]): ExportFormat | null {
  const present = new Set(headers.map(norm));
  return FORMATS.find((f) => f.signature.every((h) => present.has(norm(h)))) ?? null;
}

/** Column index per field for a known format (first matching header name wins). */
export function columnsOf(format: ExportFormat, headers: string[]): Map<ImportField, number> {
  const index = new Map(headers.map((h, i) => [norm(h), i] as const));
  const columns = new Map<ImportField, number>();
  for (const [field, names] of Object.entries(format.columns) as [ImportField, string[]][]) {
    const found = names.map((n) => index.get(norm(n))).find((i) => i !== undefined);
    if (found !== undefined) columns.set(field, found);
  }
  return columns;
}
