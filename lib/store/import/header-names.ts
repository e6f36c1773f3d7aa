/**
 * Column names in the languages Rung ships (English, Polish, Russian, Persian) and in
 * German, French and Spanish, for exports Rung has no layout for: a translated shop
 * admin, or a spreadsheet someone wrote. They pre-fill the mapping step (the user checks
 * and confirms) and tell which language a file's headers are in, which decides how its
 * numbers are written when the values themselves do not say. These are Rung's own
 * translations of the usual words, not copied from any one exporter.
 */
import type { ImportField } from './fields';

export type HeaderLanguage = 'en' | 'pl' | 'ru' | 'fa' | 'de' | 'fr' | 'es';

type Names = Partial<Record<HeaderLanguage, string[]>>;

const NAMES: Partial<Record<ImportField, Names>> = {
  customerId: {
    en: ['Customer ID', 'Customer Id', 'Client ID', 'Contact ID', 'Record ID', 'User ID'],
    pl: ['ID klienta', 'Identyfikator klienta', 'ID kontaktu', 'ID rekordu'],
    ru: ['ID клиента', 'Идентификатор клиента', 'ID контакта', 'ID записи'],
    fa: ['شناسه مشتری', 'شناسه مخاطب', 'شناسه رکورد'],
    de: ['Kunden-ID', 'Kundennummer', 'Kontakt-ID', 'Datensatz-ID'],
    fr: ['ID client', 'Identifiant client', 'ID du contact', "ID de l'enregistrement"],
    es: ['ID de cliente', 'ID del cliente', 'ID de contacto', 'ID de registro'],
  },
  email: {
    en: ['Email', 'E-mail', 'Email Address', 'E-mail address', 'Customer email', 'Billing email'],
    pl: ['E-mail', 'Adres e-mail', 'Email'],
    ru: ['Эл. почта', 'Электронная почта', 'E-mail', 'Email'],
    fa: ['ایمیل', 'پست الکترونیک', 'نشانی ایمیل'],
    de: ['E-Mail', 'E-Mail-Adresse', 'Email'],
    fr: ['E-mail', 'Adresse e-mail', 'Courriel', 'Adresse électronique'],
    es: ['Correo electrónico', 'Correo', 'E-mail', 'Email'],
  },
  phone: {
    en: ['Phone', 'Phone Number', 'Telephone', 'Mobile Phone Number', 'Billing Phone'],
    pl: ['Telefon', 'Numer telefonu'],
    ru: ['Телефон', 'Номер телефона'],
    fa: ['تلفن', 'شماره تلفن', 'موبایل'],
    de: ['Telefon', 'Telefonnummer'],
    fr: ['Téléphone', 'Numéro de téléphone'],
    es: ['Teléfono', 'Número de teléfono'],
  },
  firstName: {
    en: ['First Name', 'Firstname', 'Given name'],
    pl: ['Imię'],
    ru: ['Имя'],
    fa: ['نام'],
    de: ['Vorname'],
    fr: ['Prénom'],
    es: ['Nombre'],
  },
  lastName: {
    en: ['Last Name', 'Lastname', 'Surname', 'Family name'],
    pl: ['Nazwisko'],
    ru: ['Фамилия'],
    fa: ['نام خانوادگی'],
    de: ['Nachname'],
    fr: ['Nom', 'Nom de famille'],
    es: ['Apellido', 'Apellidos'],
  },
  fullName: {
    en: ['Name', 'Full Name', 'Customer', 'Customer name', 'Billing Name'],
    pl: ['Imię i nazwisko', 'Klient', 'Nazwa klienta'],
    ru: ['ФИО', 'Клиент', 'Имя клиента'],
    fa: ['نام کامل', 'مشتری', 'نام مشتری'],
    de: ['Name', 'Kunde', 'Vollständiger Name'],
    fr: ['Nom complet', 'Client'],
    es: ['Nombre completo', 'Cliente'],
  },
  orderCount: {
    en: ['Orders', 'Total Orders', 'Order count', 'Number of orders'],
    pl: ['Zamówienia', 'Liczba zamówień'],
    ru: ['Заказы', 'Количество заказов'],
    fa: ['سفارش‌ها', 'تعداد سفارش'],
    de: ['Bestellungen', 'Anzahl Bestellungen'],
    fr: ['Commandes', 'Nombre de commandes'],
    es: ['Pedidos', 'Número de pedidos'],
  },
  totalSpent: {
    en: ['Total Spent', 'Total spend', 'Total Revenue', 'Lifetime value'],
    pl: ['Łączne wydatki', 'Wydano łącznie'],
    ru: ['Всего потрачено', 'Сумма покупок'],
    fa: ['مجموع خرید', 'کل هزینه'],
    de: ['Gesamtausgaben', 'Ausgaben gesamt', 'Umsatz gesamt'],
    fr: ['Total dépensé', 'Dépenses totales'],
    es: ['Total gastado', 'Gasto total'],
  },
  orderId: {
    en: ['Order ID', 'Order Id', 'order_id'],
    pl: ['ID zamówienia'],
    ru: ['ID заказа'],
    fa: ['شناسه سفارش'],
    de: ['Bestell-ID', 'Bestellungs-ID'],
    fr: ['ID de commande', 'ID commande'],
    es: ['ID del pedido', 'ID de pedido'],
  },
  orderNumber: {
    en: ['Order Number', 'Order #', 'Order No', 'Order'],
    pl: ['Numer zamówienia', 'Zamówienie'],
    ru: ['Номер заказа', 'Заказ'],
    fa: ['شماره سفارش', 'سفارش'],
    de: ['Bestellnummer', 'Bestellung', 'Bestellung #'],
    fr: ['Numéro de commande', 'Commande', 'Commande #'],
    es: ['Número de pedido', 'Pedido', 'Pedido #'],
  },
  placedAt: {
    en: ['Date', 'Order Date', 'Created at', 'Created', 'Placed at'],
    pl: ['Data', 'Data zamówienia'],
    ru: ['Дата', 'Дата заказа'],
    fa: ['تاریخ', 'تاریخ سفارش'],
    de: ['Datum', 'Bestelldatum'],
    fr: ['Date', 'Date de commande'],
    es: ['Fecha', 'Fecha del pedido'],
  },
  total: {
    en: ['Total', 'Order Total', 'Amount', 'Net Sales'],
    pl: ['Suma', 'Razem', 'Kwota', 'Wartość zamówienia'],
    ru: ['Итого', 'Сумма', 'Сумма заказа'],
    fa: ['جمع کل', 'مبلغ', 'مبلغ سفارش'],
    de: ['Gesamt', 'Summe', 'Betrag', 'Gesamtsumme', 'Nettoumsatz'],
    fr: ['Total', 'Montant', 'Ventes nettes'],
    es: ['Total', 'Importe', 'Ventas netas'],
  },
  currency: {
    en: ['Currency'],
    pl: ['Waluta'],
    ru: ['Валюта'],
    fa: ['واحد پول', 'ارز'],
    de: ['Währung'],
    fr: ['Devise', 'Monnaie'],
    es: ['Moneda', 'Divisa'],
  },
  status: {
    en: ['Status', 'Order Status', 'Financial Status'],
    pl: ['Status', 'Status zamówienia'],
    ru: ['Статус', 'Статус заказа'],
    fa: ['وضعیت', 'وضعیت سفارش'],
    de: ['Status', 'Bestellstatus'],
    fr: ['État', 'Statut', 'Statut de la commande'],
    es: ['Estado', 'Estado del pedido'],
  },
  tags: {
    en: ['Tags'],
    pl: ['Tagi'],
    ru: ['Теги', 'Метки'],
    fa: ['برچسب‌ها'],
    de: ['Tags', 'Schlagwörter'],
    fr: ['Étiquettes', 'Tags'],
    es: ['Etiquetas'],
  },
  note: {
    en: ['Note', 'Notes'],
    pl: ['Notatka', 'Uwagi'],
    ru: ['Примечание', 'Заметка'],
    fa: ['یادداشت'],
    de: ['Notiz', 'Anmerkung'],
    fr: ['Note', 'Remarque'],
    es: ['Nota', 'Notas'],
  },
};

const norm = (header: string) => header.trim().toLowerCase().replace(/\s+/g, ' ');

const BY_NAME = new Map<string, { field: ImportField; language: HeaderLanguage }[]>();
for (const [field, names] of Object.entries(NAMES) as [ImportField, Names][]) {
  for (const [language, list] of Object.entries(names) as [HeaderLanguage, string[]][]) {
    for (const name of list) {
      const key = norm(name);
      const entries = BY_NAME.get(key) ?? [];
      entries.push({ field, language });
      BY_NAME.set(key, entries);
    }
  }
}

/** Every name this table knows for a field, in every language. */
export function namesFor(field: ImportField): string[] {
  return Object.values(NAMES[field] ?? {}).flat();
}

/** Field → header, for the headers this table knows; each column and field used once. */
export function suggestMapping(headers: string[]): Partial<Record<ImportField, string>> {
  const suggestion: Partial<Record<ImportField, string>> = {};
  const used = new Set<string>();
  for (const header of headers) {
    for (const { field } of BY_NAME.get(norm(header)) ?? []) {
      if (suggestion[field] === undefined && !used.has(header)) {
        suggestion[field] = header;
        used.add(header);
      }
    }
  }
  return suggestion;
}

/**
 * The language most of the known headers are in, or null. English loses ties: names such
 * as "Status" or "Total" are shared, and a translated file is what needs telling apart.
 */
export function headerLanguage(headers: string[]): HeaderLanguage | null {
  const votes = new Map<HeaderLanguage, number>();
  for (const header of headers) {
    const languages = new Set((BY_NAME.get(norm(header)) ?? []).map((e) => e.language));
    for (const language of languages) votes.set(language, (votes.get(language) ?? 0) + 1);
  }
  let best: HeaderLanguage | null = null;
  let bestVotes = 0;
  for (const [language, count] of votes) {
    if (count > bestVotes || (count === bestVotes && best === 'en')) {
      best = language;
      bestVotes = count;
    }
  }
  return best;
}
