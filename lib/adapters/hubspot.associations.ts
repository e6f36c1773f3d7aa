/**
 * The association cards of a HubSpot contact: deals and tickets. Closed-won deals are the
 * contact's orders; open deals add up to `openDealAmount`; a closed-lost deal is neither.
 * A card that is absent leaves its fields unknown; a card that is shown but empty is a
 * real zero.
 */
import type { Order, Profile } from '../profile';
import { DEAL_OUTCOMES, TICKET_CLOSED } from './hubspot.labels';
import type { HubspotKey } from './hubspot.selectors';
import { idFromHref, readDate, readMoney, type ValueContext } from './read-values';
import { labelKey, type Selection, textOf } from './select';

type DealFacts = Pick<Profile, 'orders' | 'openDealAmount'>;
type TicketFacts = Pick<Profile, 'tickets' | 'openTickets'>;

/** The element holding one association (a list item around its link). */
function itemOf(link: Element): Element {
  return link.closest('li, [role="listitem"]') ?? link.parentElement ?? link;
}

/** Association links deduplicated by record id (HubSpot may render a preview twice). */
function linksById(links: Element[], idPattern: RegExp): Map<string, Element> {
  const byId = new Map<string, Element>();
  for (const link of links) {
    const id = idFromHref(link, idPattern);
    if (id && !byId.has(id)) byId.set(id, link);
  }
  return byId;
}

export function readDeals(
  document: Document,
  sel: Selection<HubspotKey>,
  ctx: ValueContext,
): DealFacts {
  const card = sel.one('record.deals', document);
  if (!card) return {};
  const links = linksById(sel.optionalAll('deal.link', card), /\/(?:record\/0-3|deal)\/(\d+)/);
  const orders: Order[] = [];
  let openAmount = 0;
  for (const [id, link] of links) {
    const item = itemOf(link);
    const stage = textOf(sel.one('deal.stage', item));
    const outcome = DEAL_OUTCOMES.get(labelKey(stage));
    if (outcome === 'lost') continue;
    const money = readMoney(sel.one('deal.amount', item), ctx);
    if (!money) {
      sel.unparsed('deal.amount');
      continue;
    }
    if (outcome !== 'won') {
      openAmount += money.amount;
      continue;
    }
    const placedAt = readDate(sel.one('deal.closedate', item), ctx);
    if (!placedAt) {
      sel.unparsed('deal.closedate');
      continue;
    }
    const order: Order = { id: `deal-${id}`, placedAt, total: money.amount, status: 'paid' };
    if (money.currency) order.currency = money.currency;
    orders.push(order);
  }
  return { orders, openDealAmount: openAmount };
}

export function readTickets(document: Document, sel: Selection<HubspotKey>): TicketFacts {
  const card = sel.one('record.tickets', document);
  if (!card) return {};
  const links = linksById(sel.optionalAll('ticket.link', card), /\/(?:record\/0-5|ticket)\/(\d+)/);
  let open = 0;
  for (const link of links.values()) {
    const stage = textOf(sel.one('ticket.stage', itemOf(link)));
    // A ticket whose stage is not shown is counted but not assumed open.
    if (stage && !TICKET_CLOSED.has(labelKey(stage))) open += 1;
  }
  return { tickets: links.size, openTickets: open };
}
