/**
 * HubSpot selector table. Sources are ../shared/research/crm-pages.md §1 (confidence in
 * brackets); every hook is an attribute HubSpot keeps stable (`data-test-id`,
 * `data-selenium-test`, `data-card-*`, hrefs), never a styled-components class, whose hash
 * changes on every HubSpot build.
 */
import type { Candidate, SelectorTable } from '../../reading/select';

/** Custom contact properties shown in the About card, and the profile field each feeds. */
export const CUSTOM_PROPERTIES = [
  { property: 'nps_score', field: 'nps' },
  { property: 'referrals_count', field: 'referrals' },
] as const;

/** Where a contact property's displayed value sits, most trusted first. */
function property(name: string): Candidate[] {
  return [
    // About card control, a <span> while displayed (§1.2, H, live-enumerated 2025).
    { css: `[data-selenium-test="property-input-${name}"]`, source: '§1.2 H 2025' },
    // Highlights strip under the title (§1.2, H pattern, 2025).
    { css: `[data-test-id="highlight-property-display-${name}"]`, source: '§1.2 H 2025' },
    // "View all properties" panel (§1.2, H, 2025).
    {
      css: `[data-test-id="all-properties-panel"] [data-test-id="property-input-${name}"]`,
      source: '§1.2 H 2025',
    },
  ];
}

export const HUBSPOT_SELECTORS = {
  'record.title': [
    { css: '[data-selenium-test="record-title"]', source: '§1.2 M 2025' },
    { css: 'h1[data-test-id="record-title"]', source: '§1.2 M 2025' },
    { css: '[data-test-id="left-sidebar"] h1', source: '§1.6 skeleton, L 2025' },
  ],
  'record.email': property('email'),
  'record.lifecyclestage': property('lifecyclestage'),
  'record.leadstatus': property('hs_lead_status'),
  'record.nps': property('nps_score'),
  'record.referrals': property('referrals_count'),
  'record.deals': [
    { css: '[data-test-id="card-wrapper-ASSOCIATION_V3/0-3"]', source: '§1.2 M (inferred) 2025' },
    { css: '[data-card-id^="ASSOCIATION_V3/0-3"]', source: '§1.2 H card-id grammar 2025' },
  ],
  'deal.link': [
    { css: 'a[href*="/record/0-3/"]', source: '§1.2 M 2025' },
    { css: 'a[href*="/deal/"]', source: '§1.1 legacy URLs, H 2022' },
  ],
  'deal.amount': property('amount'),
  'deal.stage': property('dealstage'),
  'deal.closedate': property('closedate'),
  'record.tickets': [
    { css: '[data-test-id="card-wrapper-ASSOCIATION_V3/0-5"]', source: '§1.2 M 2025' },
    { css: '[data-card-id^="ASSOCIATION_V3/0-5"]', source: '§1.2 H card-id grammar 2025' },
    { css: '[data-test-id*="tickets-association"]', source: '§1.2 M 2025' },
  ],
  'ticket.link': [
    { css: 'a[href*="/record/0-5/"]', source: '§1.2 M 2025' },
    { css: 'a[href*="/ticket/"]', source: '§1.1 legacy URLs, H 2022' },
  ],
  'ticket.stage': property('hs_pipeline_stage'),
  'list.table': [
    { css: '[data-test-id="framework-data-table"]', source: '§1.3 M 2025' },
    { css: 'table[role="grid"]', source: '§1.3 M 2025' },
    { css: '[data-test-id="table"]', source: '§1.3 older UI, M, research 2026-11-22' },
  ],
  'list.header': [{ css: 'th[data-test-id^="header-"]', source: '§1.3 M 2025' }],
  'list.row': [{ css: 'tr[data-test-id^="row-"]', source: '§1.3 H, four projects 2025' }],
  'row.nameLink': [
    { css: 'a[href*="/record/0-1/"]', source: '§1.3 H 2025' },
    { css: 'a[href*="/contact/"]', source: '§1.1 legacy URLs, H 2022' },
  ],
} satisfies SelectorTable;

export type HubspotKey = keyof typeof HUBSPOT_SELECTORS;
