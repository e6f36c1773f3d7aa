/**
 * One CSV row → the partial profiles it describes, or what else it is (pure). Values are
 * read with the readers in values.ts under the file's decimal mark and date order; a
 * blank cell means "unknown" and sets nothing, while a non-blank cell that does not parse
 * makes the row bad (a wrong number is worse than a missing one). `compileRowReader`
 * resolves the columns once per file: a 200 MB export has two million rows, so per-row
 * work stays flat.
 *
 * Customers are keyed by the CRM's id, else e-mail, else phone (`phone:+49…`: cash on
 * delivery and point-of-sale orders carry only a phone), else, where a layout has nothing
 * else (WooCommerce Analytics › Orders), by name (`name:…`). An id of zeros is a guest,
 * not a customer: WooCommerce writes `customer_id` 0 for every guest order.
 */
import type { Order, Profile } from '../../domain/profile';
import { normalizeEmail } from '../keys';
import type { CsvRow } from './csv-reader';
import { IMPORT_FIELDS, type ImportField } from './fields';
import type { ColumnMapping } from './mapping';
import {
  normalizePhone,
  parseAmount,
  parseCount,
  parseDate,
  parseLeadStatus,
  parseLifecycle,
  parseNps,
  parseStatus,
  type DateOrder,
  type DecimalMark,
} from './values';

export interface ValueReading {
  decimal: DecimalMark;
  dateOrder: DateOrder | null;
}

export type RowResult =
  | {
      ok: true;
      profiles: Profile[];
      /** A refund row (WooCommerce Analytics): the amount returned on an order. */
      refund?: { orderId: string; amount: number };
    }
  | { ok: false; reason: string }
  /** A line-item row: the order's other items, no totals (Shopify, Advanced Order Export). */
  | { ok: 'continuation' }
  /** A row that is not a purchase: a checkout draft, a lost deal. */
  | { ok: 'skipped'; why: 'draft' | 'lost-deal' };

const EMAIL = /^[^\s@<>"']+@[^\s@<>"']+\.[^\s@<>"']+$/;

type Columns = Record<ImportField, readonly number[]>;

/** Reads cells of one row; collects the first problems met. */
class RowCells {
  problems: string[] | null = null;
  constructor(
    private readonly cells: string[],
    private readonly columns: Columns,
    private readonly reading: ValueReading,
  ) {}

  text(field: ImportField): string {
    for (const index of this.columns[field]) {
      const value = (this.cells[index] ?? '').trim();
      if (value) return value;
    }
    return '';
  }

  number(field: ImportField, read: (raw: string, d: DecimalMark) => number | null) {
    const raw = this.text(field);
    if (!raw) return undefined;
    const value = read(raw, this.reading.decimal);
    if (value === null) this.problem(`${field} “${raw.slice(0, 40)}” is not a valid number`);
    return value ?? undefined;
  }

  date(field: ImportField): string | undefined {
    const raw = this.text(field);
    if (!raw) return undefined;
    const value = parseDate(raw, this.reading.dateOrder);
    if (value === null) this.problem(`${field} “${raw.slice(0, 40)}” is not a date`);
    return value ?? undefined;
  }

  problem(text: string): void {
    (this.problems ??= []).push(text);
  }
}

export function compileRowReader(
  mapping: ColumnMapping,
  account: string,
  reading: ValueReading,
): (row: CsvRow) => RowResult {
  const columns = Object.fromEntries(
    IMPORT_FIELDS.map((f): [ImportField, readonly number[]] => [f, mapping.columns.get(f) ?? []]),
  ) as unknown as Columns;
  const { kind, crm } = mapping;
  return (row) => {
    const cells = new RowCells(row.cells, columns, reading);
    if (kind === 'deals') return readDeal(cells, crm, account);
    let orderId = '';
    if (kind === 'orders') {
      // Checked first: a line-item row may leave the id and the e-mail empty too.
      if (!cells.text('total') && !cells.text('status')) return { ok: 'continuation' };
      orderId = (cells.text('orderId') || cells.text('orderNumber'))
        .replace(/^'/, '')
        .slice(0, 100);
      if (!orderId) return { ok: false, reason: 'no order id' };
    }
    const key = readKey(cells, mapping);
    if ('reason' in key) return { ok: false, reason: key.reason };
    const profile = readCustomer(cells, crm, account, key);
    if (kind === 'orders') {
      const order = readOrder(cells, orderId, mapping.refundRows);
      if (order === 'draft') return cells.problems ? bad(cells) : { ok: 'skipped', why: 'draft' };
      if (cells.problems) return bad(cells);
      if (!order) return { ok: false, reason: 'an order needs a date and a total' };
      if (mapping.refundRows && order.total < 0)
        return { ok: true, profiles: [profile], refund: { orderId, amount: -order.total } };
      profile.orders = [order];
    }
    if (cells.problems) return bad(cells);
    return { ok: true, profiles: [profile] };
  };
}

const bad = (cells: RowCells): RowResult => ({ ok: false, reason: cells.problems!.join('; ') });

type Key = { id?: string; email?: string } | { reason: string };

function readKey(cells: RowCells, mapping: ColumnMapping): Key {
  let id = cells.text('customerId').replace(/^'/, '').slice(0, 100);
  if (/^0+$/.test(id)) id = '';
  const rawEmail = cells.text('email');
  const email = normalizeEmail(rawEmail);
  if (email && (email.length > 320 || !EMAIL.test(email)))
    return { reason: `“${rawEmail.slice(0, 60)}” is not an e-mail address` };
  if (id || email) return { ...(id ? { id } : {}), ...(email ? { email } : {}) };
  const rawPhone = cells.text('phone');
  const phone = rawPhone ? normalizePhone(rawPhone) : null;
  if (phone) return { id: `phone:${phone}` };
  const name = nameOf(cells);
  if (mapping.nameKeys && name) return { id: `name:${name.toLowerCase().slice(0, 90)}` };
  return {
    reason: rawPhone
      ? `“${rawPhone.slice(0, 40)}” is not a phone number, and the row has no id or e-mail`
      : 'no customer id, e-mail or phone',
  };
}

function nameOf(cells: RowCells): string {
  const name =
    cells.text('fullName') ||
    [cells.text('firstName'), cells.text('lastName')].filter(Boolean).join(' ');
  return name.replace(/\s+/g, ' ').slice(0, 500);
}

function readCustomer(
  cells: RowCells,
  crm: string,
  account: string,
  key: { id?: string; email?: string },
): Profile {
  const profile: Profile = { key: { crm, account, ...key } };
  if (key.email) profile.email = key.email;
  const name = nameOf(cells);
  if (name) profile.name = name;
  const summary = readSummary(cells);
  if (summary) profile.summary = summary;
  const tags = cells.text('tags');
  if (tags)
    profile.tags = tags
      .split(',')
      .map((t) => t.trim().slice(0, 100))
      .filter(Boolean)
      .slice(0, 200);
  const note = cells.text('note');
  if (note) profile.note = note.slice(0, 4000);
  const stage = parseLifecycle(cells.text('lifecycleStage'));
  if (stage) profile.crmStage = stage.slice(0, 100);
  const lead = parseLeadStatus(cells.text('leadStatus'));
  if (lead) profile.leadStatus = lead.slice(0, 100);
  const active = cells.date('lastActivityAt');
  if (active) profile.lastActivityAt = active;
  const nps = cells.number('nps', parseNps);
  if (nps !== undefined) profile.nps = nps;
  return profile;
}

/**
 * The customer's totals. HubSpot's all-properties export has no order count: its "Total
 * Revenue" is the sum of the contact's closed-won deals and "Recent Deal Amount" the last
 * one, so a positive one proves at least one purchase (counted as one; a deals export or
 * the record page adds the others), while "Number of Associated Deals" at 0 proves none.
 */
function readSummary(cells: RowCells): Profile['summary'] | undefined {
  let orderCount = cells.number('orderCount', parseCount);
  let totalSpent = cells.number('totalSpent', parseAmount);
  const lastTotal = cells.number('lastOrderTotal', parseAmount);
  const deals = cells.number('dealCount', parseCount);
  const lastOrderAt = cells.date('lastOrderAt');
  if (totalSpent === undefined && lastTotal !== undefined && lastTotal > 0) totalSpent = lastTotal;
  if (orderCount === undefined && (totalSpent ?? 0) > 0 && deals !== undefined) orderCount = 1;
  if (orderCount === undefined && deals === 0 && !(totalSpent && totalSpent > 0)) orderCount = 0;
  if (orderCount === undefined && totalSpent === undefined) return undefined;
  return {
    ...(orderCount !== undefined ? { orderCount } : {}),
    ...(totalSpent !== undefined ? { totalSpent } : {}),
    ...(lastOrderAt !== undefined && (orderCount ?? 1) > 0 ? { lastOrderAt } : {}),
  };
}

function readOrder(cells: RowCells, id: string, refundRows: boolean): Order | 'draft' | null {
  const rawStatus = cells.text('status');
  const status = rawStatus ? parseStatus(rawStatus) : undefined;
  if (status === 'draft') return 'draft';
  const placedAt = cells.date('placedAt');
  const total = cells.number('total', parseAmount);
  if (rawStatus && status === null)
    cells.problem(`status “${rawStatus.slice(0, 40)}” is not a known order status`);
  if (placedAt === undefined || total === undefined) return null;
  if (total < 0 && !refundRows)
    cells.problem(`total “${cells.text('total').slice(0, 40)}” is negative`);
  const order: Order = { id, placedAt, total };
  const currency = cells.text('currency');
  if (currency) order.currency = currency.slice(0, 10);
  if (status) order.status = status;
  if (cells.text('cancelledAt')) order.status = 'cancelled';
  const discount = cells.number('discount', parseAmount);
  if (discount !== undefined) order.discount = Math.abs(discount);
  const refunded = cells.number('refunded', parseAmount);
  if (refunded !== undefined) order.refunded = Math.abs(refunded);
  return order;
}

/** Deal stage labels that close a deal, as HubSpot shows them; any other stage is open. */
const DEAL_WON = new Set(
  [
    'closed won',
    'closedwon',
    'zamknięta wygrana',
    'закрыта (успешно)',
    'gewonnen',
    'abgeschlossen und gewonnen',
    'conclue gagnée',
    'cerrado ganado',
    'بسته شده - موفق',
  ].map((s) => s.toLowerCase()),
);
const DEAL_LOST = new Set(
  [
    'closed lost',
    'closedlost',
    'zamknięta przegrana',
    'закрыта (неудачно)',
    'verloren',
    'abgeschlossen und verloren',
    'conclue perdue',
    'cerrado perdido',
    'بسته شده - ناموفق',
  ].map((s) => s.toLowerCase()),
);

/**
 * One HubSpot deal → one partial profile per associated contact: a won deal is an order
 * (the record page reads won deals the same way), an open deal adds to the contact's
 * open deal amount, a lost deal is neither. Contacts come as ids (`Associated Contact
 * IDs`, `101;102`) or as `Name (e-mail)` labels (`Associated Contact`).
 */
function readDeal(cells: RowCells, crm: string, account: string): RowResult {
  const dealId = cells.text('dealId').replace(/^'/, '').slice(0, 100);
  if (!dealId) return { ok: false, reason: 'no deal id' };
  const stage = cells.text('dealStage').toLowerCase();
  if (DEAL_LOST.has(stage)) return { ok: 'skipped', why: 'lost-deal' };
  const keys = contactKeys(cells.text('contacts'), cells.text('email'));
  if (keys.length === 0) return { ok: false, reason: 'the deal has no associated contact' };
  const amount = cells.number('amount', parseAmount);
  const won = DEAL_WON.has(stage);
  const closedAt = won ? cells.date('closedAt') : undefined;
  if (cells.problems) return bad(cells);
  if (won && (closedAt === undefined || amount === undefined))
    return { ok: false, reason: 'a won deal needs a close date and an amount' };
  const currency = cells.text('currency').slice(0, 10);
  const profiles = keys.map((key): Profile => {
    const profile: Profile = { key: { crm, account, ...key } };
    if (key.email) profile.email = key.email;
    if (won)
      profile.orders = [
        {
          id: dealId,
          placedAt: closedAt!,
          total: amount!,
          status: 'paid',
          ...(currency ? { currency } : {}),
        },
      ];
    else if (amount !== undefined && amount > 0) profile.openDealAmount = amount;
    return profile;
  });
  return { ok: true, profiles };
}

function contactKeys(contacts: string, email: string): { id?: string; email?: string }[] {
  const keys: { id?: string; email?: string }[] = [];
  for (const part of contacts.split(/[;\n]/)) {
    const text = part.trim();
    if (!text) continue;
    if (/^\d+$/.test(text)) keys.push({ id: text });
    else {
      const inside = /\(([^()\s]+@[^()\s]+)\)\s*$/.exec(text)?.[1] ?? text;
      const address = normalizeEmail(inside);
      if (address && EMAIL.test(address)) keys.push({ email: address });
    }
  }
  const direct = normalizeEmail(email);
  if (keys.length === 0 && direct && EMAIL.test(direct)) keys.push({ email: direct });
  return keys.slice(0, 50);
}
