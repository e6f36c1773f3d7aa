/**
 * Reads a Shopify admin customer page: the summary bar (amount spent, orders, customer
 * since, RFM group), the last-order card, the Customer card's e-mail, tags and the note.
 * Layout per research §2.2/§2.5 (structure M, markup L): every field is found by label.
 */
import type { Order, OrderSummary, Profile } from '../../domain/profile';
import { cleanText } from '../../reading/parse/text';
import { readEmail, readWholeNumber } from '../../reading/read-values';
import {
  findDate,
  findPaymentStatus,
  firstMoney,
  moneyIn,
  resourceId,
  type ShopifyContext,
} from './context';
import { cardOf, findLabels, readLabeled } from './fields';
import type { ShopifyField } from './labels';
import { rfmGroup } from './statuses';
import { textOf } from '../../reading/select';

/** The profile caps notes at 4,000 characters; a 1 MB note is cut, not rejected. */
const NOTE_MAX = 4000;

function summary(main: Element, ctx: ShopifyContext): OrderSummary {
  const out: OrderSummary = {};
  const field = <T>(name: ShopifyField, read: (el: Element) => T | undefined): T | undefined => {
    const { found, value } = readLabeled(main, name, ctx.langs, read);
    if (!found) ctx.sel.note(`label.${name}`);
    else if (value === undefined) ctx.sel.note(`label.${name}:unparsed`);
    return value;
  };
  const spent = field('amountSpent', (el) => moneyIn(el, ctx));
  if (spent) {
    out.totalSpent = spent.amount;
    if (spent.currency) out.currency = spent.currency;
  }
  const count = field('orders', readWholeNumber);
  if (count !== undefined) out.orderCount = count;
  const since = field('customerSince', (el) => findDate(el, ctx));
  if (since) out.firstOrderAt = since;
  return out;
}

/** `expected`: false when the summary says 0 orders, so an empty card is no selector rot. */
function lastOrder(main: Element, ctx: ShopifyContext, expected: boolean): Order | undefined {
  const heading = findLabels(main, 'lastOrder', ctx.langs)[0];
  if (!heading) {
    ctx.sel.note('label.lastOrder');
    return undefined;
  }
  const card = cardOf(heading, 'a[href*="/orders/"]');
  if (!card) {
    if (expected) ctx.sel.note('order.link');
    return undefined;
  }
  const id = resourceId(ctx.sel.one('order.link', card)?.getAttribute('href') ?? null, 'orders');
  const totalLine = readLabeled(card, 'total', ctx.langs, (el) => moneyIn(el, ctx));
  const total = totalLine.value ?? firstMoney(card, ctx);
  const placedAt = findDate(card, ctx);
  if (!id || !total || !placedAt) {
    ctx.sel.note('label.lastOrder:unparsed');
    return undefined;
  }
  const order: Order = { id, placedAt, total: total.amount };
  if (total.currency) order.currency = total.currency;
  const status = findPaymentStatus(card, ctx);
  if (status) order.status = status;
  return order;
}

function tags(main: Element, ctx: ShopifyContext): string[] | undefined {
  const heading = findLabels(main, 'tags', ctx.langs)[0];
  if (!heading) return undefined;
  const card = cardOf(heading, 'span[title], li');
  const items = card ? ctx.sel.optionalAll('tag.item', card) : [];
  const names = items.map((el) => cleanText(el.getAttribute('title') ?? textOf(el, 100), 100));
  return [...new Set(names.filter((n) => n.length > 0))].slice(0, 200);
}

function note(main: Element, ctx: ShopifyContext): string | undefined {
  const heading = findLabels(main, 'notes', ctx.langs)[0];
  if (!heading) return undefined;
  const card = cardOf(heading, 'p');
  const paragraphs = card ? ctx.sel.optionalAll('note.text', card) : [];
  const text = paragraphs.map((p) => (p.textContent ?? '').slice(0, NOTE_MAX * 2)).join('\n');
  const cleaned = cleanText(text, NOTE_MAX);
  return cleaned || undefined;
}

export function readShopifyCustomer(main: Element, customerId: string, ctx: ShopifyContext) {
  const title = ctx.sel.one('page.title', main);
  const email = readEmail(ctx.sel.one('customer.email', main));
  const profile: Profile = {
    key: { crm: 'shopify', account: ctx.store, id: customerId, ...(email && { email }) },
  };
  const name = textOf(title);
  if (name) profile.name = name;
  if (email) profile.email = email;
  const facts = summary(main, ctx);
  if (Object.keys(facts).length > 0) profile.summary = facts;
  const order = lastOrder(main, ctx, facts.orderCount !== 0);
  if (order) {
    profile.orders = [order];
    profile.summary = { ...profile.summary, lastOrderAt: order.placedAt };
  }
  const rfm = readLabeled(main, 'rfmGroup', ctx.langs, (el) => rfmGroup(textOf(el, 80), ctx.langs));
  if (rfm.value) profile.rfmGroup = rfm.value;
  else if (rfm.found) ctx.sel.note('label.rfmGroup:unparsed');
  const tagList = tags(main, ctx);
  if (tagList) profile.tags = tagList;
  const noteText = note(main, ctx);
  if (noteText) profile.note = noteText;
  return { profile, anchor: title };
}
