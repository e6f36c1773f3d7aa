/**
 * One CSV row → the partial profile it describes, or the reason it cannot be used
 * (pure). Values are read with the readers in values.ts; a blank cell means "unknown"
 * and sets nothing, while a non-blank cell that does not parse makes the row bad (a
 * wrong number is worse than a missing one). `compileRowReader` resolves the columns
 * once per file: a 50 MB export has half a million rows, so per-row work stays flat.
 */
import type { Order, Profile } from '../../domain/profile';
import { normalizeEmail } from '../keys';
import type { CsvRow } from './csv-reader';
import { IMPORT_FIELDS, type ImportField } from './fields';
import type { ColumnMapping } from './mapping';
import {
  parseAmount,
  parseCount,
  parseDate,
  parseLeadStatus,
  parseLifecycle,
  parseStatus,
} from './values';

export type RowResult =
  | { ok: true; profile: Profile }
  | { ok: false; reason: string }
  /** A Shopify line-item continuation row: same order, no totals. */
  | { ok: 'continuation' };

const EMAIL = /^[^\s@<>"']+@[^\s@<>"']+\.[^\s@<>"']+$/;

type Columns = Record<ImportField, number>;

/** Reads cells of one row; collects the first problems met. */
class RowCells {
  problems: string[] | null = null;
  constructor(
    private readonly cells: string[],
    private readonly columns: Columns,
  ) {}

  text(field: ImportField): string {
    const index = this.columns[field];
    return index < 0 ? '' : (this.cells[index] ?? '').trim();
  }

  number(field: ImportField, read: (raw: string) => number | null): number | undefined {
    const raw = this.text(field);
    if (!raw) return undefined;
    const value = read(raw);
    if (value === null) this.problem(`${field} “${raw.slice(0, 40)}” is not a valid number`);
    return value ?? undefined;
  }

  date(field: ImportField): string | undefined {
    const raw = this.text(field);
    if (!raw) return undefined;
    const value = parseDate(raw);
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
): (row: CsvRow) => RowResult {
  const columns = Object.fromEntries(
    IMPORT_FIELDS.map((f) => [f, mapping.columns.get(f) ?? -1]),
  ) as Columns;
  const isOrders = mapping.kind === 'orders';
  return (row) => {
    const cells = new RowCells(row.cells, columns);
    const id = cells.text('customerId').replace(/^'/, '').slice(0, 100);
    const rawEmail = cells.text('email');
    const email = normalizeEmail(rawEmail);
    if (email && (email.length > 320 || !EMAIL.test(email))) {
      return { ok: false, reason: `“${rawEmail.slice(0, 60)}” is not an e-mail address` };
    }
    if (!id && !email) return { ok: false, reason: 'no customer id and no e-mail' };
    let orderId = '';
    if (isOrders) {
      orderId = cells.text('orderId').replace(/^'/, '').slice(0, 100);
      if (!orderId) return { ok: false, reason: 'no order id' };
      if (!cells.text('total') && !cells.text('status')) return { ok: 'continuation' };
    }
    const profile = readCustomer(cells, mapping.crm, account, id, email);
    if (isOrders) {
      const order = readOrder(cells, orderId);
      if (!cells.problems && !order)
        return { ok: false, reason: 'an order needs a date and a total' };
      if (order) profile.orders = [order];
    }
    if (cells.problems) return { ok: false, reason: cells.problems.join('; ') };
    return { ok: true, profile };
  };
}

function readCustomer(
  cells: RowCells,
  crm: string,
  account: string,
  id: string,
  email: string | undefined,
): Profile {
  const profile: Profile = {
    key: { crm, account, ...(id ? { id } : {}), ...(email ? { email } : {}) },
  };
  if (email) profile.email = email;
  const name =
    cells.text('fullName') ||
    [cells.text('firstName'), cells.text('lastName')].filter(Boolean).join(' ');
  if (name) profile.name = name.slice(0, 500);
  const orderCount = cells.number('orderCount', parseCount);
  const totalSpent = cells.number('totalSpent', parseAmount);
  if (orderCount !== undefined || totalSpent !== undefined) {
    profile.summary = {
      ...(orderCount !== undefined ? { orderCount } : {}),
      ...(totalSpent !== undefined ? { totalSpent } : {}),
    };
  }
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
  return profile;
}

function readOrder(cells: RowCells, id: string): Order | null {
  const placedAt = cells.date('placedAt');
  const total = cells.number('total', parseAmount);
  if (placedAt === undefined || total === undefined) return null;
  const order: Order = { id, placedAt, total };
  const currency = cells.text('currency');
  if (currency) order.currency = currency.slice(0, 10);
  const rawStatus = cells.text('status');
  if (rawStatus) {
    const status = parseStatus(rawStatus);
    if (status) order.status = status;
    else cells.problem(`status “${rawStatus.slice(0, 40)}” is not a known order status`);
  }
  if (cells.text('cancelledAt')) order.status = 'cancelled';
  const discount = cells.number('discount', parseAmount);
  if (discount !== undefined) order.discount = Math.abs(discount);
  const refunded = cells.number('refunded', parseAmount);
  if (refunded !== undefined) order.refunded = Math.abs(refunded);
  return order;
}
