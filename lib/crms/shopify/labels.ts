/**
 * Shopify admin labels per admin language. Shopify gives customer fields no stable
 * attributes (research §2.3: none found), so the reader finds a field by its visible
 * label. English labels are from Shopify help and SOP material (§2.2, M); the Polish,
 * Russian and German ones are our translations (L, 2026-11-23) — extend them when a real
 * localized admin shows otherwise. The page language comes from `<html lang>`; unknown
 * languages try every table.
 */
import { labelKey } from '../../reading/select';

export const SHOPIFY_LANGUAGES = ['en', 'pl', 'ru', 'de'] as const;
export type ShopifyLanguage = (typeof SHOPIFY_LANGUAGES)[number];

export type ShopifyField =
  | 'amountSpent'
  | 'orders'
  | 'customerSince'
  | 'lastOrder'
  | 'tags'
  | 'notes'
  | 'rfmGroup'
  | 'total'
  | 'discount'
  | 'refunded'
  | 'netPayment'
  | 'customer'
  | 'customerName'
  | 'email'
  | 'order'
  | 'date'
  | 'paymentStatus';

type Labels = Record<ShopifyField, readonly string[]>;

const FIELD_LABELS: Record<ShopifyLanguage, Labels> = {
  en: {
    amountSpent: ['Amount spent'],
    orders: ['Orders'],
    customerSince: ['Customer since'],
    lastOrder: ['Last order placed'],
    tags: ['Tags'],
    notes: ['Notes', 'Note'],
    rfmGroup: ['RFM group'],
    total: ['Total'],
    discount: ['Discount', 'Discounts'],
    refunded: ['Refunded'],
    netPayment: ['Net payment'],
    customer: ['Customer'],
    customerName: ['Customer name', 'Customer'],
    email: ['Email'],
    order: ['Order'],
    date: ['Date'],
    paymentStatus: ['Payment status', 'Payment'],
  },
  pl: {
    amountSpent: ['Wydana kwota'],
    orders: ['Zamówienia'],
    customerSince: ['Klient od'],
    lastOrder: ['Ostatnie złożone zamówienie'],
    tags: ['Tagi'],
    notes: ['Notatki', 'Notatka'],
    rfmGroup: ['Grupa RFM'],
    total: ['Suma', 'Łącznie'],
    discount: ['Rabat', 'Rabaty'],
    refunded: ['Zwrócono'],
    netPayment: ['Płatność netto'],
    customer: ['Klient'],
    customerName: ['Imię i nazwisko klienta', 'Klient'],
    email: ['E-mail'],
    order: ['Zamówienie'],
    date: ['Data'],
    paymentStatus: ['Status płatności', 'Płatność'],
  },
  ru: {
    amountSpent: ['Потраченная сумма'],
    orders: ['Заказы'],
    customerSince: ['Клиент с'],
    lastOrder: ['Последний размещенный заказ'],
    tags: ['Теги'],
    notes: ['Примечания', 'Примечание'],
    rfmGroup: ['Группа RFM'],
    total: ['Итого'],
    discount: ['Скидка', 'Скидки'],
    refunded: ['Возвращено'],
    netPayment: ['Чистый платеж'],
    customer: ['Клиент'],
    customerName: ['Имя клиента', 'Клиент'],
    email: ['Эл. почта'],
    order: ['Заказ'],
    date: ['Дата'],
    paymentStatus: ['Статус оплаты', 'Оплата'],
  },
  de: {
    amountSpent: ['Ausgegebener Betrag'],
    orders: ['Bestellungen'],
    customerSince: ['Kunde seit'],
    lastOrder: ['Letzte aufgegebene Bestellung'],
    tags: ['Tags'],
    notes: ['Notizen', 'Notiz'],
    rfmGroup: ['RFM-Gruppe'],
    total: ['Gesamt', 'Gesamtbetrag'],
    discount: ['Rabatt', 'Rabatte'],
    refunded: ['Erstattet'],
    netPayment: ['Nettozahlung'],
    customer: ['Kunde'],
    customerName: ['Kundenname', 'Kunde'],
    email: ['E-Mail'],
    order: ['Bestellung'],
    date: ['Datum'],
    paymentStatus: ['Zahlungsstatus', 'Zahlung'],
  },
};

/** Languages to try, the page's own first. */
export function languageOrder(lang: string | undefined): ShopifyLanguage[] {
  const primary = lang?.slice(0, 2).toLowerCase();
  const own = SHOPIFY_LANGUAGES.find((l) => l === primary);
  return own ? [own, ...SHOPIFY_LANGUAGES.filter((l) => l !== own)] : [...SHOPIFY_LANGUAGES];
}

/** Comparable labels for a field, across the given languages, in order. */
export function fieldLabels(field: ShopifyField, langs: readonly ShopifyLanguage[]): string[] {
  return langs.flatMap((l) => FIELD_LABELS[l][field].map(labelKey));
}

/** The noun of an order count ("7 orders", "7 zamówień", "7 заказов", "7 Bestellungen"). */
export const ORDER_COUNT_NOUN =
  /(?:^|\s)(?:orders?|zamówie\p{L}*|заказ\p{L}*|bestellung(?:en)?)(?:\s|$)/iu;
