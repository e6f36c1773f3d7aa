/**
 * Shopify admin labels per admin language. Shopify gives customer fields no stable
 * attributes (research §2.3: none found), so the reader finds a field by its visible
 * label. English labels are from Shopify help and SOP material (§2.2, M); the Polish,
 * Russian and German ones are our translations (L, 2026-11-23) — extend them when a real
 * localized admin shows otherwise. The page language comes from `<html lang>`; unknown
 * languages try every table.
 */
import { labelKey } from './select';

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

/** Payment badge text → profile order status. "overdue" is kept: the engine counts it late. */
const PAYMENT_STATUSES: Record<ShopifyLanguage, Record<string, readonly string[]>> = {
  en: {
    paid: ['Paid'],
    pending: ['Pending', 'Unpaid', 'Authorized', 'Payment pending'],
    overdue: ['Overdue'],
    partially_refunded: ['Partially refunded'],
    refunded: ['Refunded'],
    voided: ['Voided'],
    partially_paid: ['Partially paid'],
  },
  pl: {
    paid: ['Opłacone'],
    pending: ['Oczekujące', 'Nieopłacone', 'Autoryzowane'],
    overdue: ['Zaległe'],
    partially_refunded: ['Częściowo zwrócone'],
    refunded: ['Zwrócone'],
    voided: ['Unieważnione'],
    partially_paid: ['Częściowo opłacone'],
  },
  ru: {
    paid: ['Оплачен', 'Оплачено'],
    pending: ['Ожидает оплаты', 'Не оплачен', 'Авторизован'],
    overdue: ['Просрочен', 'Просрочено'],
    partially_refunded: ['Частично возвращен', 'Частично возвращено'],
    refunded: ['Возвращен', 'Возвращено'],
    voided: ['Аннулирован', 'Аннулировано'],
    partially_paid: ['Частично оплачен'],
  },
  de: {
    paid: ['Bezahlt'],
    pending: ['Ausstehend', 'Unbezahlt', 'Autorisiert'],
    overdue: ['Überfällig'],
    partially_refunded: ['Teilweise erstattet'],
    refunded: ['Erstattet'],
    voided: ['Storniert'],
    partially_paid: ['Teilweise bezahlt'],
  },
};

/** RFM enum (shopify.dev, H) → displayed label per language (title case assumed, L). */
const RFM_GROUPS: Record<ShopifyLanguage, Record<string, string>> = {
  en: {
    CHAMPIONS: 'Champions',
    LOYAL: 'Loyal',
    ACTIVE: 'Active',
    PROMISING: 'Promising',
    NEW: 'New',
    NEEDS_ATTENTION: 'Needs attention',
    AT_RISK: 'At risk',
    ALMOST_LOST: 'Almost lost',
    PREVIOUSLY_LOYAL: 'Previously loyal',
    DORMANT: 'Dormant',
    PROSPECTS: 'Prospects',
  },
  pl: {
    CHAMPIONS: 'Mistrzowie',
    LOYAL: 'Lojalni',
    ACTIVE: 'Aktywni',
    PROMISING: 'Obiecujący',
    NEW: 'Nowi',
    NEEDS_ATTENTION: 'Wymagają uwagi',
    AT_RISK: 'Zagrożeni',
    ALMOST_LOST: 'Prawie utraceni',
    PREVIOUSLY_LOYAL: 'Wcześniej lojalni',
    DORMANT: 'Uśpieni',
    PROSPECTS: 'Potencjalni',
  },
  ru: {
    CHAMPIONS: 'Чемпионы',
    LOYAL: 'Лояльные',
    ACTIVE: 'Активные',
    PROMISING: 'Перспективные',
    NEW: 'Новые',
    NEEDS_ATTENTION: 'Требуют внимания',
    AT_RISK: 'В зоне риска',
    ALMOST_LOST: 'Почти потерянные',
    PREVIOUSLY_LOYAL: 'Ранее лояльные',
    DORMANT: 'Спящие',
    PROSPECTS: 'Потенциальные',
  },
  de: {
    CHAMPIONS: 'Champions',
    LOYAL: 'Treu',
    ACTIVE: 'Aktiv',
    PROMISING: 'Vielversprechend',
    NEW: 'Neu',
    NEEDS_ATTENTION: 'Benötigen Aufmerksamkeit',
    AT_RISK: 'Gefährdet',
    ALMOST_LOST: 'Fast verloren',
    PREVIOUSLY_LOYAL: 'Früher treu',
    DORMANT: 'Inaktiv',
    PROSPECTS: 'Interessenten',
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

/** Profile status for a payment badge's text, or undefined when it is not one. */
export function paymentStatus(text: string, langs: readonly ShopifyLanguage[]): string | undefined {
  const key = labelKey(text);
  for (const lang of langs) {
    for (const [status, labels] of Object.entries(PAYMENT_STATUSES[lang])) {
      if (labels.some((label) => labelKey(label) === key)) return status;
    }
  }
  return undefined;
}

/** RFM enum for a displayed group label (or the enum itself), else undefined. */
export function rfmGroup(text: string, langs: readonly ShopifyLanguage[]): string | undefined {
  const key = labelKey(text);
  for (const lang of langs) {
    for (const [value, label] of Object.entries(RFM_GROUPS[lang])) {
      if (labelKey(label) === key || value.toLowerCase() === key) return value;
    }
  }
  return undefined;
}

/** The noun of an order count ("7 orders", "7 zamówień", "7 заказов", "7 Bestellungen"). */
export const ORDER_COUNT_NOUN =
  /(?:^|\s)(?:orders?|zamówie\p{L}*|заказ\p{L}*|bestellung(?:en)?)(?:\s|$)/iu;
