/**
 * Reads a HubSpot contacts index: one profile per rendered row. HubSpot virtualises the
 * table (research §1.3, M), so only rows in the DOM are read; the content script re-reads
 * when more rows appear. Columns are found by the internal property name that ends each
 * header's `data-test-id` (`header-0-2-lifecyclestage`), so their order and labels do not
 * matter, and a column the user hid is simply not read.
 */
import type { Profile } from '../../domain/profile';
import { HUBSPOT_SELECTORS, type HubspotKey } from './selectors';
import { leadStatusValue, lifecycleValue } from './labels';
import { idFromHref, readEmail } from '../../reading/read-values';
import { Selection, shownText, textOf } from '../../reading/select';
import type { PageRead } from '../../reading/types';

/** Column index by property name, from `th[data-test-id="header-{n}-{index}-{property}"]`. */
function columnIndex(headers: Element[]): Map<string, string> {
  const columns = new Map<string, string>();
  for (const th of headers) {
    const match = /^header-\d+-(\d+)-([a-z0-9_]+)$/.exec(th.getAttribute('data-test-id') ?? '');
    if (match) columns.set(match[2] as string, match[1] as string);
  }
  return columns;
}

function cell(row: Element, columns: Map<string, string>, property: string): Element | null {
  const index = columns.get(property);
  return index === undefined ? null : row.querySelector(`td[data-column-index="${index}"]`);
}

export function readHubspotList(document: Document, portal: string): PageRead {
  const sel = new Selection<HubspotKey>(HUBSPOT_SELECTORS);
  const table = sel.one('list.table', document);
  const customers: Profile[] = [];
  const anchors: (Element | null)[] = [];
  if (table) {
    const columns = columnIndex(sel.all('list.header', table));
    for (const row of sel.all('list.row', table)) {
      const link = sel.optional('row.nameLink', row);
      const id =
        /^row-(\d+)$/.exec(row.getAttribute('data-test-id') ?? '')?.[1] ??
        idFromHref(link, /\/(?:record\/0-1|contact)\/(\d+)/);
      if (!id) {
        sel.note('list.row:no-id');
        continue;
      }
      const email = readEmail(cell(row, columns, 'email'));
      const profile: Profile = {
        key: { crm: 'hubspot', account: portal, id, ...(email && { email }) },
      };
      const name = textOf(link ?? cell(row, columns, 'name'));
      if (name) profile.name = name;
      if (email) profile.email = email;
      const stage = shownText(cell(row, columns, 'lifecyclestage'));
      const crmStage = stage ? lifecycleValue(stage) : undefined;
      if (crmStage) profile.crmStage = crmStage;
      else if (stage) sel.note('column.lifecyclestage:unparsed');
      const lead = shownText(cell(row, columns, 'hs_lead_status'));
      const leadStatus = lead ? leadStatusValue(lead) : undefined;
      if (leadStatus) profile.leadStatus = leadStatus;
      else if (lead) sel.note('column.hs_lead_status:unparsed');
      customers.push(profile);
      anchors.push(link ?? cell(row, columns, 'name'));
    }
  }
  return {
    scrape: {
      crm: 'hubspot',
      account: portal,
      page: 'customer-list',
      customers,
      diagnostics: sel.diagnostics(),
    },
    anchors,
  };
}
