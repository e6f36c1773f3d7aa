/**
 * Visible labels Rung must recognise on WooCommerce screens that offer no stable hook: the
 * wc-admin Customers report headings (columns can be hidden and reordered, §3.6) and the
 * "Order Total" row of the order-edit totals table. English strings are from WooCommerce's
 * source (H); the translations are from WooCommerce's language packs as remembered, not
 * verified against a live site (L, 2026-11-23) — a miss shows up as a `column.*` diagnostic.
 */
import { labelKey, labelLookup } from '../../reading/select';

export type ReportColumn = 'name' | 'email' | 'orders' | 'totalSpend' | 'lastActive';

export const REPORT_COLUMNS = labelLookup<ReportColumn>([
  ['name', ['Name', 'Nazwa', 'Imię i nazwisko', 'Имя', 'Nom', 'Nombre', 'نام']],
  [
    'email',
    ['Email', 'E-mail', 'E-Mail', 'Эл. почта', 'Электронная почта', 'Correo electrónico', 'ایمیل'],
  ],
  [
    'orders',
    ['Orders', 'Bestellungen', 'Zamówienia', 'Заказы', 'Commandes', 'Pedidos', 'سفارش‌ها'],
  ],
  [
    'totalSpend',
    [
      'Total spend',
      'Gesamtausgaben',
      'Łączne wydatki',
      'Общие расходы',
      'Dépenses totales',
      'Gasto total',
      'مجموع هزینه',
    ],
  ],
  [
    'lastActive',
    [
      'Last active',
      'Zuletzt aktiv',
      'Ostatnio aktywny',
      'Последняя активность',
      'Dernière activité',
      'Última actividad',
      'آخرین فعالیت',
    ],
  ],
]);

const ORDER_TOTAL = new Set(
  [
    'Order Total',
    'Order total',
    'Gesamtsumme der Bestellung',
    'Bestellsumme',
    'Suma zamówienia',
    'Łączna kwota zamówienia',
    'Итого по заказу',
    'Сумма заказа',
    'Total de la commande',
    'Total del pedido',
    'مجموع سفارش',
  ].map(labelKey),
);

export function isOrderTotalLabel(text: string): boolean {
  return ORDER_TOTAL.has(labelKey(text));
}
