/**
 * The association cards of a HubSpot contact: deals and tickets. Closed-won deals are the
 * contact's orders; open deals add up to `openDealAmount`; a closed-lost deal is neither.
 * A card that is absent leaves its fields unknown; a card that is shown but empty means no
 * orders and no tickets (real zeros). Each item is read from its property hooks when it has them, else from its
 * "Label: value" lines or bare status text (research §1.6 skeleton; item markup is L).
 */
import type { Order, Profile } from '../../domain/profile';
import { DEAL_OUTCOMES, ITEM_LINE_LABELS, TICKET_STAGES } from './labels';
import type { HubspotKey } from './selectors';
import {
  dateFromText,
  idFromHref,
  moneyFromText,
  readDate,
  readMoney,
  type ValueContext,
} from '../../reading/read-values';
import { labelKey, leaves, type Selection, textOf } from '../../reading/select';

type DealFacts = Pick<Profile, 'orders' | 'openDealAmount'>;
type TicketFacts = Pick<Profile, 'tickets' | 'openTickets'>;

/** One value of an item: the hook element (machine values inside) or a line's text. */
type ItemValue = { el: Element } | { text: string } | null;

/**
 * The leaves of one association: its list item, or — where items are not wrapped — the
 * link and the siblings that follow it up to the next link.
 */
function itemLeaves(link: Element): Element[] {
  const container = link.closest('li, [role="listitem"]');
  if (container) return leaves(container);
  const parts: Element[] = [link];
  for (
    let n = link.nextElementSibling;
    n && !n.matches('a') && !n.querySelector('a');
    n = n.nextElementSibling
  ) {
    parts.push(n);
  }
  return parts.flatMap((part) => leaves(part));
}

function itemValue(
  parts: Element[],
  property: string,
  line: keyof typeof ITEM_LINE_LABELS,
): ItemValue {
  const hook = `[data-selenium-test="property-input-${property}"]`;
  const hooked = parts.map((el) => el.closest(hook)).find((el) => el !== null);
  if (hooked) return { el: hooked };
  const labels = new Set<string>(ITEM_LINE_LABELS[line].map(labelKey));
  for (const el of parts) {
    const match = /^([^:]{1,40}):\s*(.+)$/.exec(textOf(el, 200));
    if (match && labels.has(labelKey(match[1] as string))) return { text: match[2] as string };
  }
  return null;
}

const valueText = (value: ItemValue): string =>
  value === null ? '' : 'el' in value ? textOf(value.el) : value.text;

/** The first of `lookup`'s labels given by the stage value, else by any bare leaf. */
function stageOf<V>(
  parts: Element[],
  value: ItemValue,
  lookup: Map<string, V>,
): V | 'other' | undefined {
  const stage = valueText(value);
  if (stage) return lookup.get(labelKey(stage)) ?? 'other';
  for (const el of parts) {
    const found = lookup.get(labelKey(textOf(el, 80)));
    if (found !== undefined) return found;
  }
  return undefined;
}

function linksById(links: Element[], idPattern: RegExp): Map<string, Element> {
  const byId = new Map<string, Element>(); // HubSpot may render a preview link twice
  for (const link of links) {
    const id = idFromHref(link, idPattern);
    if (id && !byId.has(id)) byId.set(id, link);
  }
  return byId;
}

function closeDate(parts: Element[], ctx: ValueContext): string | undefined {
  const value = itemValue(parts, 'closedate', 'closedate');
  if (value && 'el' in value) return readDate(value.el, ctx);
  if (value) return dateFromText(value.text, ctx);
  return readDate(parts.find((el) => el.matches('time[datetime]')) ?? null, ctx);
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
  let openCount = 0;
  for (const [id, link] of links) {
    const parts = itemLeaves(link);
    const outcome = stageOf(parts, itemValue(parts, 'dealstage', 'stage'), DEAL_OUTCOMES);
    if (outcome === 'lost') continue;
    const amount = itemValue(parts, 'amount', 'amount');
    const money =
      amount && 'el' in amount ? readMoney(amount.el, ctx) : moneyFromText(valueText(amount), ctx);
    if (!money) {
      sel.unparsed('deal.amount');
      continue;
    }
    if (outcome !== 'won') {
      openAmount += money.amount;
      openCount += 1;
      continue;
    }
    const placedAt = closeDate(parts, ctx);
    if (!placedAt) {
      sel.unparsed('deal.closedate');
      continue;
    }
    const order: Order = { id: `deal-${id}`, placedAt, total: money.amount, status: 'paid' };
    if (money.currency) order.currency = money.currency;
    orders.push(order);
  }
  // Only a shown open deal is a fact about open deals; none shown leaves the amount unknown
  // rather than claiming an open deal of 0 (which the engine would read as engagement).
  return openCount > 0 ? { orders, openDealAmount: openAmount } : { orders };
}

export function readTickets(document: Document, sel: Selection<HubspotKey>): TicketFacts {
  const card = sel.one('record.tickets', document);
  if (!card) return {};
  const links = linksById(sel.optionalAll('ticket.link', card), /\/(?:record\/0-5|ticket)\/(\d+)/);
  let open = 0;
  for (const link of links.values()) {
    const parts = itemLeaves(link);
    const stage = stageOf(
      parts,
      itemValue(parts, 'hs_pipeline_stage', 'ticketstage'),
      TICKET_STAGES,
    );
    // Any stage but Closed is open; a ticket whose stage is not shown is not assumed open.
    if (stage !== undefined && stage !== 'closed') open += 1;
  }
  return { tickets: links.size, openTickets: open };
}
