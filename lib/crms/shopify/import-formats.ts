/**
 * Shopify admin's orders and customers exports, with their real column headers (sources:
 * tests/fixtures/exports/shopify/SOURCES.md). A line-item row of the orders export leaves
 * `Id` and the totals blank and folds into its order; `Name` (`#1001`) stands in for the id
 * in exports without an `Id` column.
 */
import type { ExportFormat } from '../import-format';

export const SHOPIFY_IMPORT_FORMATS: readonly ExportFormat[] = [
  {
    id: 'shopify-orders',
    crm: 'shopify',
    kind: 'orders',
    label: 'Shopify orders export',
    signature: [['Name'], ['Email'], ['Financial Status'], ['Total'], ['Created at']],
    columns: {
      orderId: ['Id', 'Name'],
      email: ['Email'],
      phone: ['Phone', 'Billing Phone', 'Shipping Phone'],
      fullName: ['Billing Name', 'Shipping Name'],
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
    id: 'shopify-customers',
    crm: 'shopify',
    kind: 'customers',
    label: 'Shopify customers export',
    signature: [['First Name'], ['Last Name'], ['Email'], ['Total Spent'], ['Total Orders']],
    columns: {
      customerId: ['Customer ID', 'ID'],
      email: ['Email'],
      phone: ['Phone', 'Default Address Phone'],
      firstName: ['First Name'],
      lastName: ['Last Name'],
      totalSpent: ['Total Spent'],
      orderCount: ['Total Orders'],
      tags: ['Tags'],
      note: ['Note'],
    },
  },
];
