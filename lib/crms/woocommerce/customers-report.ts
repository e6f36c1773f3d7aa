/**
 * Reads the wc-admin Customers report (a React SPA, research §3.6, H). Rows arrive after a
 * REST call, so a read before then finds only placeholder rows and reports nothing; the
 * content script re-reads when #root changes. Columns are found by their heading (users can
 * hide and reorder them), and a row's cells line up with the headings by index.
 */
import type { Profile } from '../../domain/profile';
import { parseCount } from '../../reading/parse/count';
import { cleanText } from '../../reading/parse/text';
import { labelKey, textOf } from '../../reading/select';
import {
  emailOf,
  readWooDate,
  readPlainMoney,
  readWooMoney,
  userIdFromHref,
  wooKey,
  type WooContext,
} from './context';
import { REPORT_COLUMNS, type ReportColumn } from './labels';

type Columns = Partial<Record<ReportColumn, number>>;

const NEEDED: ReportColumn[] = ['name', 'email', 'orders', 'totalSpend', 'lastActive'];

function columnsOf(headers: Element[], ctx: WooContext): Columns {
  const columns: Columns = {};
  headers.forEach((th, index) => {
    const column = REPORT_COLUMNS.get(labelKey(th.textContent ?? ''));
    if (column && columns[column] === undefined) columns[column] = index;
  });
  for (const column of NEEDED) if (columns[column] === undefined) ctx.sel.note(`column.${column}`);
  return columns;
}

const cell = (row: Element, columns: Columns, column: ReportColumn): Element | null => {
  const index = columns[column];
  return index === undefined ? null : (row.children[index] ?? null);
};

/**
 * The name in the row header without the "Guest" pill. table.js renders the pill after the
 * name, so its last occurrence is cut (a name may itself contain the word "Guest").
 */
function nameOf(header: Element, ctx: WooContext): string {
  const full = header.textContent ?? '';
  const pillText = ctx.sel.optional('report.pill', header)?.textContent ?? '';
  const at = pillText ? full.lastIndexOf(pillText) : -1;
  const withoutPill = at >= 0 ? full.slice(0, at) + full.slice(at + pillText.length) : full;
  return cleanText(withoutPill, 500);
}

function readRow(row: Element, header: Element, columns: Columns, ctx: WooContext) {
  const link = ctx.sel.optional('report.userLink', header);
  const id = userIdFromHref(link?.getAttribute('href') ?? null, ctx);
  const emailCell = cell(row, columns, 'email');
  const email = emailOf(emailCell ? ctx.sel.optional('report.email', emailCell) : null);
  const key = wooKey(ctx, id, email);
  if (!key) return null;
  const profile: Profile = { key };
  const name = nameOf(header, ctx);
  if (name) profile.name = name;
  if (email) profile.email = email;
  const countText = textOf(cell(row, columns, 'orders'), 50);
  const count = parseCount(countText);
  if (countText && count === null) ctx.sel.note('report.orders:unparsed');
  // wc-admin prints formatted money as plain text, without wc_price spans.
  const spendCell = cell(row, columns, 'totalSpend');
  const spend = readWooMoney(spendCell, ctx) ?? readPlainMoney(spendCell, ctx);
  if (textOf(spendCell, 50) && !spend) ctx.sel.note('report.totalSpend:unparsed');
  if (count !== null || spend) {
    profile.summary = {};
    if (count !== null) profile.summary.orderCount = count;
    if (spend) profile.summary.totalSpent = spend.amount;
    if (spend?.currency) profile.summary.currency = spend.currency;
  }
  const activeCell = cell(row, columns, 'lastActive');
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
  const columns = columnsOf(headers, ctx);
  for (const header of rowHeaders) {
    const row = header.parentElement;
    const read = row ? readRow(row, header, columns, ctx) : null;
    if (!read) {
      ctx.sel.note('report.row:no-customer');
      continue;
    }
    out.customers.push(read.profile);
    out.anchors.push(read.anchor);
  }
  return out;
}
