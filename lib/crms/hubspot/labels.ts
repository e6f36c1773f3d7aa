/**
 * HubSpot's displayed labels mapped back to internal values, in English, Polish, Russian and
 * German. The internal values are HubSpot's public defaults (research §1.2, H); the
 * translations are ours (L: no saved localized page was found, 2026-11-23), so the reader
 * also accepts the internal value itself, which portals with custom stages display as-is.
 * All four languages go into one lookup: no label means two different things across them.
 */
import { labelKey, labelLookup } from '../../reading/select';

export const LIFECYCLE_STAGES = labelLookup<string>([
  ['subscriber', ['Subscriber', 'Subskrybent', 'Подписчик', 'Abonnent']],
  ['lead', ['Lead', 'Лид']],
  [
    'marketingqualifiedlead',
    [
      'Marketing Qualified Lead',
      'Lead zakwalifikowany marketingowo',
      'Лид, квалифицированный для маркетинга',
      'Marketingqualifizierter Lead',
      'Marketing-qualifizierter Lead',
    ],
  ],
  [
    'salesqualifiedlead',
    [
      'Sales Qualified Lead',
      'Lead zakwalifikowany sprzedażowo',
      'Лид, квалифицированный для продаж',
      'Vertriebsqualifizierter Lead',
    ],
  ],
  ['opportunity', ['Opportunity', 'Szansa sprzedaży', 'Сделка', 'Verkaufschance']],
  ['customer', ['Customer', 'Klient', 'Клиент', 'Kunde']],
  ['evangelist', ['Evangelist', 'Ewangelista', 'Евангелист']],
  ['other', ['Other', 'Inne', 'Другое', 'Andere']],
]);

export const LEAD_STATUSES = labelLookup<string>([
  ['new', ['New', 'Nowy', 'Новый', 'Neu']],
  ['open', ['Open', 'Otwarty', 'Открыт', 'Offen']],
  ['in_progress', ['In Progress', 'W toku', 'В работе', 'In Bearbeitung']],
  ['open_deal', ['Open Deal', 'Otwarta transakcja', 'Открытая сделка', 'Offener Deal']],
  [
    'unqualified',
    ['Unqualified', 'Niezakwalifikowany', 'Неквалифицированный', 'Nicht qualifiziert'],
  ],
  [
    'attempted_to_contact',
    ['Attempted to Contact', 'Próba kontaktu', 'Попытка связаться', 'Kontaktversuch'],
  ],
  ['connected', ['Connected', 'Połączono', 'Связались', 'Verbunden']],
  ['bad_timing', ['Bad Timing', 'Zły moment', 'Неподходящее время', 'Schlechter Zeitpunkt']],
]);

/** Deal stages that end a deal. Any other stage label is an open deal. */
export const DEAL_OUTCOMES = labelLookup<'won' | 'lost'>([
  [
    'won',
    [
      'Closed won',
      'closedwon',
      'Zamknięta wygrana',
      'Закрыта (успешно)',
      'Gewonnen',
      'Abgeschlossen und gewonnen',
    ],
  ],
  [
    'lost',
    [
      'Closed lost',
      'closedlost',
      'Zamknięta przegrana',
      'Закрыта (неудачно)',
      'Verloren',
      'Abgeschlossen und verloren',
    ],
  ],
]);

/**
 * Ticket pipeline stages (HubSpot's default support pipeline). Only "Closed" closes a
 * ticket; any other stage shown in a stage hook counts as open. The open labels let a
 * bare status line ("Open", as in research §1.6) be recognised without a hook.
 */
export const TICKET_STAGES = labelLookup<'open' | 'closed'>([
  ['closed', ['Closed', 'Zamknięte', 'Zamknięty', 'Закрыт', 'Закрыто', 'Geschlossen']],
  [
    'open',
    [
      'Open',
      'New',
      'Waiting on contact',
      'Waiting on us',
      'Otwarte',
      'Nowe',
      'Открыт',
      'Новый',
      'Offen',
      'Neu',
    ],
  ],
]);

/**
 * Labels of the "Label: value" lines an association item may show instead of property
 * hooks, as in research §1.6's skeleton (`<span>Amount: $12,000</span>`, L).
 */
export const ITEM_LINE_LABELS = {
  amount: ['Amount', 'Kwota', 'Сумма', 'Betrag'],
  closedate: ['Close date', 'Data zamknięcia', 'Дата закрытия', 'Abschlussdatum'],
  stage: [
    'Stage',
    'Deal stage',
    'Etap',
    'Etap transakcji',
    'Этап',
    'Этап сделки',
    'Phase',
    'Dealphase',
  ],
  ticketstage: ['Status', 'Ticket status', 'Статус', 'Ticketstatus'],
} as const;

/** Internal value for a displayed lifecycle label, or undefined when we cannot tell. */
export function lifecycleValue(label: string): string | undefined {
  const key = labelKey(label);
  const internal = Array.from(LIFECYCLE_STAGES.values());
  return LIFECYCLE_STAGES.get(key) ?? internal.find((v) => v === key);
}

/** Internal lead status for a displayed label (or for the internal value shown as-is). */
export function leadStatusValue(label: string): string | undefined {
  const key = labelKey(label);
  const internal = Array.from(LEAD_STATUSES.values());
  return LEAD_STATUSES.get(key) ?? internal.find((v) => v === key);
}
