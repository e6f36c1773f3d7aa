/**
 * Shopify admin *values* per admin language, mapped back to machine values: payment badge
 * texts to profile order statuses, and RFM group names to Shopify's API enum. Field names
 * live in shopify.labels.ts. English badges are Polaris/admin texts (research §2.2, M); the
 * RFM enum is from shopify.dev (H) but its display names, and all translations, are ours
 * (L, 2026-11-23).
 */
import { labelKey } from '../../reading/select';
import type { ShopifyLanguage } from './labels';

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
