/** WooCommerce's customers report download and its orders export, with real column headers. */
import type { ExportFormat } from '../import-format';

export const WOOCOMMERCE_IMPORT_FORMATS: readonly ExportFormat[] = [
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
];
