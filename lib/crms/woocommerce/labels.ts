/**
 * Visible labels Rung must recognise on WooCommerce screens that offer no stable hook: the
 * wc-admin Customers report headings (columns can be hidden and reordered) and the "Order
 * Total" row of the order-edit totals table. Each string is WooCommerce's own: the English
 * source (client/admin/client/analytics/report/customers/table.js, html-order-items.php)
 * and its translations in WooCommerce's language packs from translate.wordpress.org
 * (de_DE, es_ES, fr_FR, it_IT, nl_NL, pl_PL, ru_RU of April 2023; fa_IR of November 2025),
 * checked 2026-12-03. A label a pack does not have is found by the shape of its values.
 */
import { labelKey, labelLookup } from '../../reading/select';

export type ReportColumn =
  | 'name'
  | 'email'
  | 'orders'
  | 'totalSpend'
  | 'lastActive'
  | 'dateRegistered'
  | 'averageOrderValue';

/** en, de, es, fr, it, nl, pl, ru, fa, in that order (duplicates dropped). */
export const REPORT_COLUMNS = labelLookup<ReportColumn>([
  ['name', ['Name', 'Nombre', 'Nom', 'Nome', 'Naam', 'Nazwa', 'Имя', 'نام']],
  ['email', ['Email', 'E-Mail', 'Correo electrónico', 'E-mail', 'ایمیل']],
  [
    'orders',
    [
      'Orders',
      'Bestellungen',
      'Pedidos',
      'Commandes',
      'Ordini',
      'Bestellingen',
      'Zamówienia',
      'Заказы',
      'سفارش‌ها',
    ],
  ],
  [
    'totalSpend',
    [
      'Total spend',
      'Gesamtbestellwert',
      'Gasto total',
      'Dépense totale',
      'Spesa totale',
      'Totaal uitgegeven',
      'Suma wydatków',
      'Сумма расходов',
      'مجموع هزینه',
    ],
  ],
  [
    'lastActive',
    [
      'Last active',
      'Zuletzt aktiv',
      'Última actividad',
      'Dernière activité',
      'Ultimo attivo',
      'Laatst actief',
      'Ostatnio aktywny',
      'Последнее действие',
      'آخرین فعالیت',
    ],
  ],
  [
    'dateRegistered',
    [
      'Date registered',
      'Registrierungsdatum',
      'Fecha de registro',
      'Date d’inscription',
      'Data registrata',
      'Datum geregistreerd',
      'Data rejestracji',
      'Дата регистрации',
      'تاریخ ثبت‌نام',
    ],
  ],
  [
    'averageOrderValue',
    [
      'AOV',
      'Durschnittlicher Bestellwert', // sic: the de_DE pack's own spelling
      'VMP',
      'Valore medio ordine',
      'Średnia wartość zamówienia',
      'Средний чек',
    ],
  ],
]);

/** "Order Total" in html-order-items.php (the page adds a colon after it). */
const ORDER_TOTAL = new Set(
  [
    'Order Total',
    'Bestellsumme',
    'Total del pedido',
    'Total de la commande',
    'Totale ordine',
    'Besteltotaal',
    'Suma zamówienia',
    'Итог заказа',
    'جمع کل سفارش',
  ].map(labelKey),
);

export function isOrderTotalLabel(text: string): boolean {
  return ORDER_TOTAL.has(labelKey(text));
}
