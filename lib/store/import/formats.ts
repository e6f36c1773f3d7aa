/**
 * The export files Rung recognises, with their real column headers and quirks (the
 * sources of each layout are in tests/fixtures/exports/<crm>/SOURCES.md, with a fixture
 * per layout). Each field lists the header names it is known by, compared
 * case-insensitively after trimming; a row takes the first non-blank cell among them
 * (WebToffee writes a guest's e-mail only in `billing_email`). A format is recognised when
 * each of its `signature` entries matches a header (an entry lists alternatives, such as
 * a header's translations).
 */
import type { ImportField, ImportKind } from './fields';
import { namesFor } from './header-names';

export type FormatId =
  | 'shopify-customers'
  | 'shopify-orders'
  | 'woocommerce-customers'
  | 'woocommerce-orders'
  | 'woocommerce-analytics-orders'
  | 'woocommerce-advanced-order-export'
  | 'hubspot-contacts'
  | 'hubspot-deals';

export interface ExportFormat {
  id: FormatId;
  crm: 'shopify' | 'woocommerce' | 'hubspot';
  kind: ImportKind;
  label: string;
  signature: string[][];
  columns: Partial<Record<ImportField, string[]>>;
  /** Customers are known by name only (WooCommerce Analytics › Orders has no e-mail). */
  nameKeys?: boolean;
  /** A negative row is a refund of the order with the same number (WooCommerce Analytics). */
  refundRows?: boolean;
}

/** HubSpot's record id column: "Record ID" since 2022, "Contact ID" before; translated. */
const HUBSPOT_ID = [
  'Record ID',
  'Contact ID',
  'Datensatz-ID',
  'Kontakt-ID',
  'ID rekordu',
  'ID kontaktu',
  'ID записи',
  'ID контакта',
  'شناسه رکورد',
  'شناسه مخاطب',
  "ID de l'enregistrement",
  'ID du contact',
  'ID de registro',
  'ID de contacto',
];

export const FORMATS: readonly ExportFormat[] = [
  {
    id: 'hubspot-deals',
    crm: 'hubspot',
    kind: 'deals',
    label: 'HubSpot deals export',
    signature: [['Deal Name'], ['Deal Stage'], ['Record ID', 'Deal ID']],
    columns: {
      dealId: ['Record ID', 'Deal ID'],
      dealStage: ['Deal Stage'],
      amount: ['Amount', 'Amount in company currency'],
      closedAt: ['Close Date'],
      contacts: ['Associated Contact IDs', 'Associated Contact'],
      currency: ['Currency', 'Deal currency code'],
    },
  },
  {
    id: 'hubspot-contacts',
    crm: 'hubspot',
    kind: 'customers',
    label: 'HubSpot contacts export',
    signature: [HUBSPOT_ID, namesFor('email')],
    columns: {
      customerId: HUBSPOT_ID,
      email: namesFor('email'),
      phone: ['Phone Number', 'Mobile Phone Number', ...namesFor('phone')],
      firstName: namesFor('firstName'),
      lastName: namesFor('lastName'),
      lifecycleStage: [
        'Lifecycle Stage',
        'Lebenszyklusphase',
        'Etap cyklu życia',
        'Стадия жизненного цикла',
        'Phase du cycle de vie',
        'Etapa del ciclo de vida',
        'مرحله چرخه عمر',
      ],
      leadStatus: [
        'Lead Status',
        'Lead-Status',
        'Status leada',
        'Статус лида',
        'Statut du lead',
        'Estado del lead',
        'وضعیت سرنخ',
      ],
      lastActivityAt: ['Last Activity Date'],
      totalSpent: ['Total Revenue'],
      lastOrderAt: ['Recent Deal Close Date'],
      lastOrderTotal: ['Recent Deal Amount'],
      dealCount: ['Number of Associated Deals'],
      nps: ['Last NPS survey rating', 'Latest NPS survey rating'],
    },
  },
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
  {
    id: 'woocommerce-customers',
    crm: 'woocommerce',
    kind: 'customers',
    label: 'WooCommerce customers report (Analytics › Customers › Download)',
    signature: [['Name'], ['Email'], ['Orders'], ['Total spend']],
    columns: {
      fullName: ['Name'],
      email: ['Email'],
      orderCount: ['Orders'],
      totalSpent: ['Total spend'],
      lastActivityAt: ['Last active'],
    },
  },
  {
    id: 'woocommerce-analytics-orders',
    crm: 'woocommerce',
    kind: 'orders',
    label: 'WooCommerce orders report (Analytics › Orders › Download)',
    signature: [
      ['Date', 'Datum', 'Data', 'Дата', 'تاریخ', 'Fecha'],
      ['Order #', 'Bestellung #', 'Commande #', 'Pedido #', 'Zamówienie #', 'Заказ #', 'سفارش #'],
      [
        'Net Sales',
        'Net sales',
        'Nettoumsatz',
        'Ventes nettes',
        'Ventas netas',
        'Sprzedaż netto',
        'Чистые продажи',
        'فروش خالص',
      ],
      ['Customer', 'Kunde', 'Client', 'Cliente', 'Klient', 'Клиент', 'مشتری'],
    ],
    columns: {
      placedAt: ['Date', 'Datum', 'Data', 'Дата', 'تاریخ', 'Fecha'],
      orderNumber: [
        'Order #',
        'Bestellung #',
        'Commande #',
        'Pedido #',
        'Zamówienie #',
        'Заказ #',
        'سفارش #',
      ],
      status: ['Status', 'Statut', 'Estado', 'Статус', 'وضعیت'],
      fullName: ['Customer', 'Kunde', 'Client', 'Cliente', 'Klient', 'Клиент', 'مشتری'],
      total: [
        'Net Sales',
        'Net sales',
        'Nettoumsatz',
        'Ventes nettes',
        'Ventas netas',
        'Sprzedaż netto',
        'Чистые продажи',
        'فروش خالص',
      ],
    },
    nameKeys: true,
    refundRows: true,
  },
  {
    id: 'woocommerce-advanced-order-export',
    crm: 'woocommerce',
    kind: 'orders',
    label: 'WooCommerce orders (Advanced Order Export, default fields)',
    signature: [['Order Number'], ['Order Status'], ['Order Date'], ['Order Total Amount']],
    columns: {
      orderId: ['Order ID'],
      orderNumber: ['Order Number'],
      status: ['Order Status'],
      placedAt: ['Order Date'],
      customerId: ['Customer User ID'],
      email: ['Email (Billing)', 'Customer User Email'],
      phone: ['Phone (Billing)', 'Phone (Shipping)'],
      firstName: ['First Name (Billing)', 'First Name (Shipping)'],
      lastName: ['Last Name (Billing)', 'Last Name (Shipping)'],
      fullName: ['Full Name (Billing)'],
      total: ['Order Total Amount'],
      currency: ['Currency'],
      discount: ['Cart Discount Amount'],
      refunded: ['Order Refund Amount'],
    },
  },
  {
    id: 'woocommerce-orders',
    crm: 'woocommerce',
    kind: 'orders',
    label: 'WooCommerce orders export (Order Export & Import, WebToffee)',
    signature: [['order_id'], ['order_date'], ['order_total']],
    columns: {
      orderId: ['order_id', 'order_number'],
      customerId: ['customer_id', 'customer_user'],
      email: ['customer_email', 'billing_email'],
      phone: ['billing_phone', 'shipping_phone'],
      firstName: ['billing_first_name', 'shipping_first_name'],
      lastName: ['billing_last_name', 'shipping_last_name'],
      placedAt: ['order_date'],
      total: ['order_total'],
      currency: ['order_currency'],
      status: ['status'],
      discount: ['discount_total', 'cart_discount'],
      refunded: ['order_refund', 'refund_total'],
    },
  },
];

const norm = (header: string) => header.trim().toLowerCase();

/** The first format whose signature headers are all present, or null (→ mapping step). */
export function detectFormat(headers: string[]): ExportFormat | null {
  const present = new Set(headers.map(norm));
  return (
    FORMATS.find((f) => f.signature.every((names) => names.some((h) => present.has(norm(h))))) ??
    null
  );
}

/** Column indexes per field for a known format, in the order the format lists the names. */
export function columnsOf(format: ExportFormat, headers: string[]): Map<ImportField, number[]> {
  const index = new Map<string, number>();
  headers.forEach((h, i) => {
    if (!index.has(norm(h))) index.set(norm(h), i);
  });
  const columns = new Map<ImportField, number[]>();
  for (const [field, names] of Object.entries(format.columns) as [ImportField, string[]][]) {
    const found = [...new Set(names.map((n) => index.get(norm(n))))].filter(
      (i): i is number => i !== undefined,
    );
    if (found.length > 0) columns.set(field, found);
  }
  return columns;
}
