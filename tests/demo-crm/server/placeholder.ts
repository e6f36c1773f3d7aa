/**
 * Minimal stand-in pages, used only until the real renderers in ../render/ exist: the
 * same URLs and the stable hooks of ../../../../shared/research/crm-pages.md (row ids,
 * record titles, property inputs), without the rest of the page. Every value is
 * escaped: the demo's names are hostile on purpose.
 */
import { hubspotPaths, shopifyPaths, type DemoCrm } from '../data/paths';
import { shopifyTotals } from '../data/shopify-totals';
import type { DemoCustomer, DemoWorld } from '../data/types';
import { escapeHtml as e, money, pageShell, shortDate } from './html';

export function placeholderPage(world: DemoWorld, crm: DemoCrm, path: string): string | null {
  return crm === 'hubspot' ? hubspotPage(world, path) : shopifyPage(world, path);
}

function hubspotPage(world: DemoWorld, path: string): string | null {
  const contacts = world.customers.filter((c) => c.hubspot);
  if (path === hubspotPaths.contactsList(world)) {
    const rows = contacts.map((c) => {
      const id = c.hubspot?.id ?? '';
      return `<tr data-test-id="row-${e(id)}"><td data-column-index="0"><a data-link href="${e(hubspotPaths.contact(world, id))}">${e(c.name)}</a></td><td data-column-index="1">${e(c.email)}</td><td data-column-index="2">${e(c.hubspot?.lifecycleStage ?? '')}</td></tr>`;
    });
    return pageShell(
      'Contacts',
      `<table role="grid" data-test-id="framework-data-table"><tbody data-observer-type="ROW">${rows.join('')}</tbody></table>`,
    );
  }
  const contact = contacts.find((c) => path === hubspotPaths.contact(world, c.hubspot?.id ?? ''));
  return contact ? hubspotRecord(world, contact) : null;
}

function hubspotRecord(world: DemoWorld, c: DemoCustomer): string {
  const h = c.hubspot;
  if (!h) return '';
  const prop = (name: string, label: string, value: string | number | undefined) =>
    value === undefined
      ? ''
      : `<span data-test-id="${name}"><div data-deferred-property-input-root="true"><div>${e(label)}</div><div data-test-id="hover-content-wrapper"></div><span data-selenium-test="property-input-${name}">${e(value)}</span></div></span>`;
  const deals = h.deals
    .map(
      (d) =>
        `<li><a href="/contacts/${e(world.hubspotPortal)}/record/0-3/${e(d.id)}">${e(d.name)}</a> <span>Amount: ${e(money(d.amount, world.currency))}</span> <span>${e(d.stage)}</span>${d.closedAt ? ` <span>Close date: ${e(shortDate(d.closedAt))}</span>` : ''}</li>`,
    )
    .join('');
  const tickets = h.tickets
    .map(
      (t) =>
        `<li><a href="/contacts/${e(world.hubspotPortal)}/record/0-5/${e(t.id)}">${e(t.subject)}</a> <span>${t.open ? 'Open' : 'Closed'}</span></li>`,
    )
    .join('');
  return pageShell(
    c.name,
    `<div data-test-id="left-sidebar"><h1 data-selenium-test="record-title">${e(c.name)}</h1>
<div data-test-id="record-highlight-content"><span data-test-id="highlight-property-display-email">${e(c.email)}</span></div>
<ul data-selenium-test="profile-properties-list">${prop('email', 'Email', c.email)}${prop('lifecyclestage', 'Lifecycle stage', h.lifecycleStage)}${prop('hs_lead_status', 'Lead status', h.leadStatus)}${prop('nps', 'NPS', h.nps)}${prop('referrals', 'Referrals', h.referrals)}</ul></div>
<div data-test-id="records-right-sidebar"><div data-card-type="ASSOCIATION_V3" data-test-id="card-wrapper-ASSOCIATION_V3/0-3"><h3>Deals (${h.deals.length})</h3><ul>${deals}</ul></div>
<div data-card-type="ASSOCIATION_V3" data-test-id="card-wrapper-ASSOCIATION_V3/0-5"><h3>Tickets (${h.tickets.length})</h3><ul>${tickets}</ul></div></div>`,
  );
}

function shopifyPage(world: DemoWorld, path: string): string | null {
  const customers = world.customers.filter((c) => c.shopify);
  if (path === shopifyPaths.customersList(world)) {
    const rows = customers.map((c) => {
      const s = c.shopify;
      const totals = s ? shopifyTotals(s) : null;
      return `<tr id="${e(s?.id ?? '')}" class="Polaris-IndexTable__TableRow"><td><a data-primary-link href="${e(shopifyPaths.customer(world, s?.id ?? ''))}">${e(c.name)}</a></td><td>${e(c.email)}</td><td>${totals?.orderCount ?? 0} orders</td><td>${e(money(totals?.amountSpent ?? 0, world.currency))}</td></tr>`;
    });
    return pageShell(
      'Customers',
      `<table class="Polaris-IndexTable__Table"><tbody>${rows.join('')}</tbody></table>`,
    );
  }
  if (path === shopifyPaths.ordersList(world)) {
    const rows = customers.flatMap((c) =>
      (c.shopify?.orders ?? []).map(
        (o) =>
          `<tr id="${e(o.id)}"><td><a data-primary-link href="${e(shopifyPaths.order(world, o.id))}">${e(o.name)}</a></td><td>${e(shortDate(o.placedAt))}</td><td>${e(c.name)}</td><td>${e(money(o.total, o.currency))}</td><td><span class="Polaris-Badge"><span>${e(o.paymentStatus)}</span></span></td></tr>`,
      ),
    );
    return pageShell(
      'Orders',
      `<table class="Polaris-IndexTable__Table"><tbody>${rows.join('')}</tbody></table>`,
    );
  }
  for (const c of customers) {
    const s = c.shopify;
    if (!s) continue;
    if (path === shopifyPaths.customer(world, s.id)) {
      const totals = shopifyTotals(s);
      const tags = s.tags
        .map((t) => `<span class="Polaris-Tag"><span title="${e(t)}">${e(t)}</span></span>`)
        .join('');
      return pageShell(
        c.name,
        `<main id="AppFrameMain"><h1 class="Polaris-Header-Title">${e(c.name)}</h1>
<div><div><span>Amount spent</span><span>${e(money(totals.amountSpent, world.currency))}</span></div><div><span>Orders</span><span>${totals.orderCount}</span></div><div><span>Customer since</span><span>${e(shortDate(s.createdAt))}</span></div></div>
<div><h2>Customer</h2><a href="mailto:${e(c.email)}">${e(c.email)}</a></div><div><h2>Tags</h2>${tags}</div>${s.note ? `<div><h2>Notes</h2><p>${e(s.note)}</p></div>` : ''}</main>`,
      );
    }
    const order = s.orders.find((o) => path === shopifyPaths.order(world, o.id));
    if (order) {
      return pageShell(
        `Order ${order.name}`,
        `<main id="AppFrameMain"><h1>${e(order.name)}</h1><span class="Polaris-Badge"><span>${e(order.paymentStatus)}</span></span><p>${e(shortDate(order.placedAt))}</p><p>Total ${e(money(order.total, order.currency))}</p><p>Discount ${e(money(order.discount, order.currency))}</p><p>Refunded ${e(money(order.refunded, order.currency))}</p><div><h2>Customer</h2><a href="${e(shopifyPaths.customer(world, s.id))}">${e(c.name)}</a> <a href="mailto:${e(c.email)}">${e(c.email)}</a></div></main>`,
      );
    }
  }
  return null;
}
