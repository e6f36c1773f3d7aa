/**
 * A HubSpot contact record (research §1.2/§1.6): title and highlights, the About card
 * with lifecycle stage, lead status and the custom `nps_score` / `referrals_count`
 * properties, and the deals and tickets association cards in the right sidebar.
 */
import type { DemoCustomer, DemoDeal, DemoTicket, DemoWorld } from '../data/types';
import { hubspotPaths } from '../data/paths';
import { dateLabel, leadStatusLabel, lifecycleLabel, money, timeTag } from './format';
import { esc, lateBlock, styled, type RenderOptions } from './html';
import { hubspotPage, propertyRow } from './hubspot-shell';

function aboutCard(customer: DemoCustomer): string {
  const contact = customer.hubspot;
  if (!contact) return '';
  // HubSpot lists every property the card is configured with, "--" when it has no value.
  const optional = (value: string | number | undefined) =>
    value === undefined ? '--' : String(value);
  const rows = [
    propertyRow('email', 'Email', customer.email),
    propertyRow('lifecyclestage', 'Lifecycle stage', lifecycleLabel(contact.lifecycleStage)),
    propertyRow(
      'hs_lead_status',
      'Lead status',
      contact.leadStatus ? leadStatusLabel(contact.leadStatus) : '--',
    ),
    propertyRow('nps_score', 'NPS score', optional(contact.nps)),
    propertyRow('referrals_count', 'Referrals', optional(contact.referrals)),
  ];
  return `
    <div data-card-type="PROPERTIES_V3" data-card-id="PROPERTIES_V3/0-1/V2" data-test-id="card-wrapper-PROPERTIES_V3/0-1/V2" class="${styled('Card')}">
      <h2 class="${styled('Heading', 'H2')}">About this contact</h2>
      <ul data-selenium-test="profile-properties-list" class="${styled('List')}">${rows.join('')}
      </ul>
    </div>`;
}

function dealItem(world: DemoWorld, deal: DemoDeal): string {
  const closeDate = deal.closedAt ? timeTag(deal.closedAt) : '--';
  return `
        <li class="${styled('AssociationItem', 'Item')}">
          <a data-spa href="/contacts/${esc(world.hubspotPortal)}/record/0-3/${esc(deal.id)}">${esc(deal.name)}</a>
          <div>Amount: <span data-selenium-test="property-input-amount">${esc(money(deal.amount, world.currency))}</span></div>
          <div>Close date: <span data-selenium-test="property-input-closedate">${closeDate}</span></div>
          <div>Stage: <span data-selenium-test="property-input-dealstage">${esc(deal.stage)}</span></div>
        </li>`;
}

function ticketItem(world: DemoWorld, ticket: DemoTicket): string {
  return `
        <li><a data-spa href="/contacts/${esc(world.hubspotPortal)}/record/0-5/${esc(ticket.id)}">${esc(ticket.subject)}</a>
          <div>Status: <span data-selenium-test="property-input-hs_pipeline_stage">${ticket.open ? 'Waiting on us' : 'Closed'}</span></div></li>`;
}

function associationCard(type: '0-3' | '0-5', heading: string, items: string[]): string {
  return `
    <div data-card-type="ASSOCIATION_V3" data-card-id="ASSOCIATION_V3/${type}" data-test-id="card-wrapper-ASSOCIATION_V3/${type}" class="${styled('Card')}">
      <h3 class="${styled('Heading', 'H3')}">${esc(heading)} (${items.length})</h3>
      <ul class="${styled('List')}">${items.join('')}
      </ul>
    </div>`;
}

export function renderHubspotRecord(
  world: DemoWorld,
  customer: DemoCustomer,
  options: RenderOptions = {},
): string {
  const contact = customer.hubspot;
  if (!contact) throw new Error(`${customer.slug} has no HubSpot contact`);
  const deals = associationCard(
    '0-3',
    'Deals',
    contact.deals.map((d) => dealItem(world, d)),
  );
  const tickets = associationCard(
    '0-5',
    'Tickets',
    contact.tickets.map((t) => ticketItem(world, t)),
  );
  const content = `
<main class="${styled('Page', 'Main')}" data-record-path="${esc(hubspotPaths.contact(world, contact.id))}">
  <div data-test-id="left-sidebar" class="${styled('Flex')}">
    <div data-card-type="OBJECT_HIGHLIGHT" data-card-id="OBJECT_HIGHLIGHT-FAS-0-1-1" class="${styled('Card')}">
      <h1 data-selenium-test="record-title" class="${styled('Heading', 'H1')}">${esc(customer.name)}</h1>
      <div data-test-id="record-highlight-content" class="${styled('Flex')}">
        <span data-test-id="highlight-property-display-email">${esc(customer.email)}</span>
        <span data-test-id="highlight-property-display-createdate">Created ${esc(dateLabel(world.asOf))}</span>
      </div>
    </div>${lateBlock(options, aboutCard(customer))}
  </div>
  <div data-test-id="middle-pane" class="${styled('Pane')}">
    <div role="tablist"><button role="tab" aria-selected="true">Overview</button><button role="tab" aria-selected="false">Activities</button></div>
    <div data-test-id="tab-0-content"></div>
    <div data-test-id="tab-1-content" hidden><div data-test-id="crm-events-viz-timeline"></div></div>
  </div>
  <div data-test-id="records-right-sidebar" class="${styled('Flex')}">${lateBlock(options, deals)}${lateBlock(options, tickets)}
  </div>
</main>`;
  return hubspotPage(world, customer.name, content);
}
