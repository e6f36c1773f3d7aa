/**
 * The HubSpot contacts index (research §1.3/§1.7): a grid whose rows carry
 * `data-test-id="row-{id}"` and whose headers name the property they show. With
 * `late`, rows after the first five arrive later, like rows rendered on scroll.
 */
import type { DemoCustomer, DemoWorld } from '../data/types';
import { hubspotPaths } from '../data/paths';
import { leadStatusLabel, lifecycleLabel } from './format';
import { esc, lateBlock, styled, type RenderOptions } from './html';
import { hubspotPage } from './hubspot-shell';

const COLUMNS = [
  ['name', 'Name'],
  ['email', 'Email'],
  ['lifecyclestage', 'Lifecycle stage'],
  ['hs_lead_status', 'Lead status'],
] as const;

/** Rows shown before the rest "scroll in" (late option). */
const FIRST_ROWS = 5;

function header(): string {
  const cells = COLUMNS.map(
    ([property, label], index) =>
      `<th role="columnheader" data-test-id="header-0-${index}-${property}" class="${styled('Th')}"><div><div><span><span><div data-test-id="truncated-object-label">${esc(label)}</div></span></span></div></div></th>`,
  );
  return `<thead><tr>${cells.join('')}</tr></thead>`;
}

function row(world: DemoWorld, customer: DemoCustomer): string {
  const contact = customer.hubspot;
  if (!contact) return '';
  const id = esc(contact.id);
  return `
    <tr data-test-id="row-${id}" class="${styled('Tr', 'Row')}">
      <td data-column-index="0" data-table-external-id="name-${id}"><div class="${styled('MediaBody', 'Body')}"><a data-link data-spa href="${esc(hubspotPaths.contact(world, contact.id))}">${esc(customer.name)}</a></div></td>
      <td data-column-index="1">${esc(customer.email)}</td>
      <td data-column-index="2">${esc(lifecycleLabel(contact.lifecycleStage))}</td>
      <td data-column-index="3">${contact.leadStatus ? esc(leadStatusLabel(contact.leadStatus)) : '--'}</td>
    </tr>`;
}

export function renderHubspotList(world: DemoWorld, options: RenderOptions = {}): string {
  const rows = world.customers.filter((c) => c.hubspot).map((c) => row(world, c));
  const tbody = `<tbody data-observer-type="ROW">${rows.slice(0, FIRST_ROWS).join('')}${lateBlock(options, rows.slice(FIRST_ROWS).join(''))}</tbody>`;
  const content = `
<div data-test-id="filter-panel" class="${styled('Filter', 'Panel')}"><span>All contacts</span></div>
<table role="grid" data-test-id="framework-data-table" class="${styled('Table')}">${header()}${tbody}</table>`;
  return hubspotPage(world, 'Contacts', content);
}
