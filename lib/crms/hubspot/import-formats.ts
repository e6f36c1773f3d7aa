/**
 * HubSpot's contacts export (Contacts › Export, all properties) and deals export, with their
 * real column headers (sources: tests/fixtures/exports/hubspot/SOURCES.md). The record id
 * and identity columns also carry the labels of a portal set to another language (Rung's
 * translations). Deals come first: a deals export has a "Record ID" too.
 */
import type { ExportFormat } from '../import-format';

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

export const HUBSPOT_IMPORT_FORMATS: readonly ExportFormat[] = [
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
    signature: [
      HUBSPOT_ID,
      [
        'Email',
        'E-mail',
        'Email Address',
        'E-Mail',
        'E-Mail-Adresse',
        'Adres e-mail',
        'Эл. почта',
        'Электронная почта',
        'ایمیل',
        'Adresse e-mail',
        'Courriel',
        'Correo electrónico',
      ],
    ],
    columns: {
      customerId: HUBSPOT_ID,
      email: [
        'Email',
        'E-mail',
        'Email Address',
        'E-Mail',
        'E-Mail-Adresse',
        'Adres e-mail',
        'Эл. почта',
        'Электронная почта',
        'ایمیل',
        'Adresse e-mail',
        'Courriel',
        'Correo electrónico',
      ],
      phone: [
        'Phone Number',
        'Mobile Phone Number',
        'Telefonnummer',
        'Numer telefonu',
        'Номер телефона',
        'شماره تلفن',
        'Numéro de téléphone',
        'Número de teléfono',
      ],
      firstName: ['First Name', 'Vorname', 'Imię', 'Имя', 'نام', 'Prénom', 'Nombre'],
      lastName: ['Last Name', 'Nachname', 'Nazwisko', 'Фамилия', 'نام خانوادگی', 'Nom', 'Apellido'],
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
];
