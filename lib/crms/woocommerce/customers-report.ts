/**
 * Reads the wc-admin Customers report (a React SPA: client/admin/client/analytics/report/
 * customers/table.js on @woocommerce/components' Table). Rows arrive after a REST call, so a
 * read before then finds only placeholder rows and reports nothing; the content script
 * re-reads when #root changes.
 *
 * Columns are found by their heading's visible label (users can hide and reorder them): a
 * sortable heading is a button holding the label in `span[aria-hidden]` beside a
 * screen-reader "Sort by … order", so the whole heading's text is never the label. A
 * heading in a language Rung has no label for is recognised by the shape of its values.
 * Cells line up with headings by position among the cells WooCommerce rendered: Rung's
 * badge hosts, which sit beside a guest's name inside the row, are skipped.
 */
import type { Profile } from '../../domain/profile';
import { parseCount } from '../../reading/parse/count';
import { cleanText } from '../../reading/parse/text';
import { pageChildren } from '../../reading/rung-host';
import { labelKey, textOf } from '../../reading/select';
import {
  emailOf,
  readPlainMoney,
  readWooDate,
  readWooMoney,
  userIdFromHref,
  wooKey,
  type WooContext,
} from './context';
import { REPORT_COLUMNS, type ReportColumn } from './labels';
import { visibleText } from './visible-text';

type Columns = Partial<Record<ReportColumn, number>>;

const NEEDED: readonly ReportColumn[] = ['name', 'email', 'orders', 'totalSpend', 'lastActive'];

/** The heading's label as shown: the label span of a sortable heading, else its visible text. */
function headingLabel(th: Element, ctx: WooContext): string {
  const span = ctx.sel.optional('report.headerLabel', th);
  return span ? visibleText(span, 100) : visibleText(th, 100);
}

/** What a column's cells look like, over the rows on the page. */
interface Shape {
  mailto: number;
  times: number;
  counts: number;
  money: number;
  filled: number;
}

function shapeOf(rows: readonly Element[][], index: number, ctx: WooContext): Shape {
  const shape: Shape = { mailto: 0, times: 0, counts: 0, money: 0, filled: 0 };
  for (const cells of rows) {
    const cell = cells[index];
    if (!cell) continue;
    const text = visibleText(cell, 60);
    if (!text || text === '—') continue;
    shape.filled++;
    if (ctx.sel.optional('report.email', cell)) shape.mailto++;
    if (cell.querySelector('time[datetime]')) shape.times++;
    else if (/^\d{1,3}(?:[.,\s\u00A0\u202F]\d{3})*$|^\d+$/.test(text) && parseCount(text) !== null)
      shape.counts++;
    else if (readPlainMoney(cell, ctx)?.currency) shape.money++;
  }
  return shape;
}

/** Each shape a needed column has, in the order table.js lays the columns out. */
const SHAPE_OF: Partial<Record<ReportColumn, keyof Omit<Shape, 'filled'>>> = {
  email: 'mailto',
  lastActive: 'times',
  orders: 'counts',
  totalSpend: 'money',
};

/**
 * Columns a label did not name, by the shape of their values: the first column whose every
 * filled cell is a mailto link, a date, a bare count, or an amount with a currency. Last
 * active comes before Date registered and Total spend before AOV in table.js, so the first
 * unclaimed column of a shape is the one meant.
 */
function columnsByShape(columns: Columns, count: number, rows: Element[][], ctx: WooContext) {
  const claimed = new Set(Object.values(columns));
  const shapes = new Map<number, Shape>();
  for (const column of NEEDED) {
    const kind = SHAPE_OF[column];
    if (columns[column] !== undefined || !kind) continue;
    for (let index = 0; index < count; index++) {
      if (claimed.has(index)) continue;
      let shape = shapes.get(index);
      if (!shape) shapes.set(index, (shape = shapeOf(rows, index, ctx)));
      if (shape.filled > 0 && shape[kind] === shape.filled) {
        columns[column] = index;
        claimed.add(index);
        ctx.sel.note(`column.${column}:by-shape`);
        break;
      }
    }
  }
}

function columnsOf(headers: Element[], rows: Element[][], ctx: WooContext): Columns {
  const columns: Columns = {};
  headers.forEach((th, index) => {
    const column = REPORT_COLUMNS.get(labelKey(headingLabel(th, ctx)));
    if (column && columns[column] === undefined) columns[column] = index;
  });
  columnsByShape(columns, headers.length, rows, ctx);
  for (const column of NEEDED) if (columns[column] === undefined) ctx.sel.note(`column.${column}`);
  return columns;
}

const cell = (cells: Element[], columns: Columns, column: ReportColumn): Element | null => {
  const index = columns[column];
  return index === undefined ? null : (cells[index] ?? null);
};

/**
 * The name in the row header. table.js shows a guest's name as plain text and a nameless
 * guest as a "Guest" pill alone, which is no name.
 */
function nameOf(header: Element, ctx: WooContext): string {
  const full = visibleText(header, 600);
  const pill = visibleText(ctx.sel.optional('report.pill', header), 100);
  const at = pill ? full.lastIndexOf(pill) : -1;
  const withoutPill = at >= 0 ? full.slice(0, at) + full.slice(at + pill.length) : full;
  return cleanText(withoutPill, 500);
}

function readRow(cells: Element[], header: Element, columns: Columns, ctx: WooContext) {
  const link = ctx.sel.optional('report.userLink', header);
  const id = userIdFromHref(link?.getAttribute('href') ?? null, ctx);
  const emailCell = cell(cells, columns, 'email');
  const email = emailOf(emailCell ? ctx.sel.optional('report.email', emailCell) : null);
  const key = wooKey(ctx, id, email);
  if (!key) return null;
  const profile: Profile = { key };
  const name = nameOf(header, ctx);
  if (name) profile.name = name;
  if (email) profile.email = email;
  const countText = visibleText(cell(cells, columns, 'orders'), 50);
  const count = parseCount(countText);
  if (countText && count === null) ctx.sel.note('report.orders:unparsed');
  // wc-admin prints formatted money as plain text, without wc_price spans.
  const spendCell = cell(cells, columns, 'totalSpend');
  const spend = readWooMoney(spendCell, ctx) ?? readPlainMoney(spendCell, ctx);
  if (textOf(spendCell, 50) && !spend) ctx.sel.note('report.totalSpend:unparsed');
  if (count !== null || spend) {
    profile.summary = {};
    if (count !== null) profile.summary.orderCount = count;
    if (spend) profile.summary.totalSpent = spend.amount;
    if (spend?.currency) profile.summary.currency = spend.currency;
  }
  const activeCell = cell(cells, columns, 'lastActive');
  const lastActive = readWooDate(activeCell?.querySelector('time') ?? activeCell, ctx);
  if (lastActive) profile.lastActivityAt = lastActive;
  return { profile, anchor: link ?? header };
}

export function readCustomersReport(root: ParentNode, ctx: WooContext) {
  const out: { customers: Profile[]; anchors: (Element | null)[] } = { customers: [], anchors: [] };
  const table = ctx.sel.one('report.table', root);
  if (!table) return out;
  const headers = ctx.sel.all('report.header', table);
  const rowHeaders = ctx.sel
    .all('report.rowHeader', table)
    .filter((th) => !ctx.sel.optional('report.placeholder', th));
  if (rowHeaders.length === 0) return out; // still loading: the re-read will find the rows
  const headerRow = headers[0]?.parentElement;
  const headerCells = headerRow ? pageChildren(headerRow) : headers;
  const rows = rowHeaders.map((th) => (th.parentElement ? pageChildren(th.parentElement) : [th]));
  const columns = columnsOf(headerCells, rows, ctx);
  rowHeaders.forEach((header, i) => {
    const read = readRow(rows[i] ?? [], header, columns, ctx);
    if (!read) {
      ctx.sel.note('report.row:no-customer');
      return;
    }
    out.customers.push(read.profile);
    out.anchors.push(read.anchor);
  });
  return out;
}
