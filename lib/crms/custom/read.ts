/**
 * Reads one customer of a user-taught CRM from a scope (a list row, or the whole page):
 * the fields its definition names, parsed with the page's locale. A value that cannot be
 * parsed is left out and noted, never guessed; a customer with neither an id nor an e-mail
 * is left out (the store could not tell them from a namesake).
 */
import type { Order, Profile } from '../../domain/profile';
import type { CustomDefinition, CustomPageFields } from './definition';
import { queryAll, readField } from './fields';
import type { HeadingCache } from './labels';
import { parseCount } from '../../reading/parse/count';
import { parseDate } from '../../reading/parse/date';
import { parseMoney } from '../../reading/parse/money';
import { cleanText } from '../../reading/parse/text';
import { readEmail } from '../../reading/read-values';

export interface CustomReadContext {
  def: CustomDefinition;
  account: string;
  now: Date;
  locale?: string;
  /** Values found but unreadable, customers left out. */
  notes: Set<string>;
  /** Fields found on at least one row / missed on at least one row. */
  found: Set<string>;
  missed: Set<string>;
  /** Column headings, read once per page read. */
  headings: HeadingCache;
}

/** Records whether a field's element was there; rot is a field no row had (see diagnostics). */
function saw(ctx: CustomReadContext, name: string, el: Element | null): void {
  (el ? ctx.found : ctx.missed).add(`field.${name}`);
}

/** Notes first, then fields that no scope on the page had. */
export function customDiagnostics(ctx: CustomReadContext): string[] {
  return [...ctx.notes, ...[...ctx.missed].filter((f) => !ctx.found.has(f))];
}

const EMAIL = /^[^\s@<>"'()]{1,64}@[^\s@<>"'()]{1,255}$/;

function emailOf(scope: Element | Document, fields: CustomPageFields, ctx: CustomReadContext) {
  const { el, value } = readField(scope, fields.email, 320, ctx.headings);
  if (!fields.email) return undefined;
  saw(ctx, 'email', el);
  const field = fields.email;
  const plain = field.attribute || field.pattern ? value : el ? readEmail(el) : undefined;
  const email = cleanText(plain ?? '', 320).toLowerCase();
  return EMAIL.test(email) ? email : undefined;
}

type ValueField = 'orderCount' | 'totalSpent' | 'firstOrderAt' | 'lastOrderAt' | 'tickets';

/** Reads a field through `parse`, noting a missing element or an unparsable value. */
function parsed<T>(
  scope: Element | Document,
  fields: CustomPageFields,
  name: ValueField,
  parse: (text: string) => T | null,
  ctx: CustomReadContext,
): T | undefined {
  const field = fields[name];
  if (!field) return undefined;
  const { el, value } = readField(scope, field, 200, ctx.headings);
  saw(ctx, name, el);
  if (value === undefined) return undefined;
  const result = parse(value);
  if (result === null) ctx.notes.add(`${name}:unparsed`);
  return result ?? undefined;
}

function readOrders(scope: Element | Document, fields: CustomPageFields, ctx: CustomReadContext) {
  const spec = fields.orders;
  if (!spec) return undefined;
  const orders: Order[] = [];
  for (const row of queryAll(scope, spec.row).slice(0, 10_000)) {
    const id = readField(row, spec.id, 100, ctx.headings).value;
    const placedText = readField(row, spec.placedAt, 200, ctx.headings).value;
    const totalText = readField(row, spec.total, 200, ctx.headings).value;
    const placedAt = placedText
      ? parseDate(placedText, { now: ctx.now, locale: ctx.locale })
      : null;
    const total = totalText
      ? parseMoney(totalText, { locale: ctx.locale, currency: ctx.def.currency })
      : null;
    if (!id || !placedAt || !total) {
      ctx.notes.add('orders:unparsed');
      continue;
    }
    const order: Order = { id, placedAt, total: total.amount };
    if (total.currency) order.currency = total.currency;
    const status = readField(row, spec.status, 40, ctx.headings).value?.toLowerCase();
    if (status) order.status = status;
    orders.push(order);
  }
  return orders;
}

export function readCustomer(
  scope: Element | Document,
  fields: CustomPageFields,
  urlId: string | undefined,
  ctx: CustomReadContext,
): { profile: Profile; anchor: Element | null } | null {
  const idRead = readField(scope, fields.id, 100, ctx.headings);
  if (fields.id) saw(ctx, 'id', idRead.el);
  const id = idRead.value ?? urlId;
  const email = emailOf(scope, fields, ctx);
  if (!id && !email) {
    ctx.notes.add('row:no-customer');
    return null;
  }
  const crm = `custom:${ctx.def.id}`;
  const profile: Profile = {
    key: { crm, account: ctx.account, ...(id && { id }), ...(email && { email }) },
  };
  const name = readField(scope, fields.name, 500, ctx.headings);
  saw(ctx, 'name', name.el);
  if (name.value) profile.name = name.value;
  if (email) profile.email = email;
  const money = (t: string) => parseMoney(t, { locale: ctx.locale, currency: ctx.def.currency });
  const date = (t: string) => parseDate(t, { now: ctx.now, locale: ctx.locale });
  const orderCount = parsed(scope, fields, 'orderCount', parseCount, ctx);
  const spent = parsed(scope, fields, 'totalSpent', money, ctx);
  const firstOrderAt = parsed(scope, fields, 'firstOrderAt', date, ctx);
  const lastOrderAt = parsed(scope, fields, 'lastOrderAt', date, ctx);
  const summary = {
    ...(orderCount !== undefined && { orderCount }),
    ...(spent && { totalSpent: spent.amount }),
    ...(spent?.currency && { currency: spent.currency }),
    ...(firstOrderAt && { firstOrderAt }),
    ...(lastOrderAt && { lastOrderAt }),
  };
  if (Object.keys(summary).length > 0) profile.summary = summary;
  const tickets = parsed(scope, fields, 'tickets', parseCount, ctx);
  if (tickets !== undefined) profile.tickets = tickets;
  const tags = fields.tags?.selector ? queryAll(scope, fields.tags.selector) : [];
  const tagTexts = tags.map((t) => cleanText(t.textContent ?? '', 100)).filter(Boolean);
  if (tagTexts.length > 0) profile.tags = tagTexts.slice(0, 200);
  const note = readField(scope, fields.note, 4000, ctx.headings).value;
  if (note) profile.note = note;
  const orders = readOrders(scope, fields, ctx);
  if (orders && orders.length > 0) profile.orders = orders;
  return { profile, anchor: readField(scope, fields.anchor, 500, ctx.headings).el ?? name.el };
}
