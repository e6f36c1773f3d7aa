/** Shopify admin's customers and orders exports, with their real column headers. */
import type { ExportFormat } from '../import-format';

export const SHOPIFY_IMPORT_FORMATS: readonly ExportFormat[] = [
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
];
