/** HubSpot's contacts export (Contacts › Export), with its real column headers. */
import type { ExportFormat } from '../import-format';

export const HUBSPOT_IMPORT_FORMATS: readonly ExportFormat[] = [
  {
    id: 'hubspot-contacts',
    crm: 'hubspot',
    kind: 'customers',
    label: 'HubSpot contacts export',
    signature: ['Record ID', 'Email'],
    columns: {
      customerId: ['Record ID', 'Contact ID'],
      email: ['Email'],
      firstName: ['First Name'],
      lastName: ['Last Name'],
      lifecycleStage: ['Lifecycle Stage'],
      leadStatus: ['Lead Status'],
      lastActivityAt: ['Last Activity Date'],
    },
  },
];
