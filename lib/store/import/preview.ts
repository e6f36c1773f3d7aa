/**
 * Import, step one: read the file and show what would be written, writing nothing.
 * The header row picks a known layout (or the user's mapping); the file's first two
 * megabytes (the whole file when they cannot tell) decide how its dates and numbers are
 * written; every row then becomes partial profiles, a line-item row folded into its
 * order, a skipped draft, or a bad row with its line and a reason; rows of the same
 * customer are merged the way pages are. What cannot be imported at all (an empty file,
 * a workbook renamed .csv) is said in one plain sentence instead of a mapping form.
 */
import type { Profile } from '../../domain/profile';
import { StoreError } from '../errors';
import { normaliseAccount, normaliseCrm } from './account-names';
import { ImportAccumulator } from './accumulator';
import { readCsv, type CsvProblem, type CsvRow } from './csv-reader';
import type { ImportField, ImportKind } from './fields';
import { detectFormat } from './formats';
import { headerLanguage, suggestMapping, type HeaderLanguage } from './header-names';
import {
  mappingFromFormat,
  mappingFromUser,
  type ColumnMapping,
  type MappingProblem,
} from './mapping';
import { compileRowReader, type ValueReading } from './row-to-profile';
import { ENCODING_NAMES, type TextEncodingId } from './text-decoding';
import { ValueSniffer, type DateOrderFinding } from './value-sniffer';
import type { DateOrder, DecimalMark } from './values';

/** Bigger files are refused up front: they would not fit a browser tab's memory anyway. */
export const MAX_IMPORT_BYTES = 512 * 1024 * 1024;
const MAX_REPORTED_PROBLEMS = 1000;
/** How much of the file the first look reads (headers, value formats). */
export const HEAD_BYTES = 2 * 1024 * 1024;

export interface ImportRequest {
  /** The account the rows belong to (Shopify store handle, WooCommerce host, HubSpot portal). */
  account: string;
  /** A user-chosen mapping (Rung field → header), for files Rung does not recognise. */
  mapping?: { choice: Record<string, string | undefined>; kind: ImportKind; crm: string };
  /** The user's answer when the file's slashed dates could be either order. */
  dateOrder?: DateOrder;
  /** When the file was saved (File.lastModified), for dating what it says. */
  fileDate?: Date;
  fileName?: string;
  chunkSize?: number;
  onProgress?: (read: number, total: number) => void;
  cancelled?: () => boolean;
}

/** Why a whole file cannot be imported; `code` names the message `import_file_<code>`. */
export interface FileProblem {
  code: 'empty' | 'header-only' | 'xlsx' | 'xls' | 'binary' | 'too-big';
  text: string;
}

export interface ImportPreview {
  headers: string[];
  /** The recognised format or the custom mapping; null when the user must map columns. */
  source: string | null;
  formatLabel: string | null;
  crm: string | null;
  /** The account as the page readers write it (`acme-tea`, not `acme-tea.myshopify.com`). */
  account: string;
  kind: ImportKind;
  fileProblem: FileProblem | null;
  mappingProblems: MappingProblem[];
  /** A first guess at the mapping from the headers' names (any of Rung's languages). */
  suggestion: Partial<Record<ImportField, string>>;
  rows: number;
  customers: Profile[];
  orders: number;
  badRows: CsvProblem[];
  badRowCount: number;
  /** Line-item rows folded into their order (not errors). */
  folded: number;
  skipped: { drafts: number; lostDeals: number };
  encoding: { id: TextEncodingId; name: string; guessed: boolean };
  delimiter: string;
  decimal: DecimalMark;
  /** How slashed dates are read; `ask` blocks the import until the user answers. */
  dateOrder: DateOrderFinding;
  headerLanguage: HeaderLanguage | null;
  /** What the file is taken to be as of: newer facts Rung saw are kept over it. */
  observedAt: string;
  observedFrom: 'file-name' | 'file-date' | 'contents' | 'now';
}

interface Head {
  headers: string[];
  rows: CsvRow[];
  complete: boolean;
  encoding: ImportPreview['encoding'];
  delimiter: string;
  problems: CsvProblem[];
}

export async function previewImport(
  input: string | Blob,
  request: ImportRequest,
  now: Date = new Date(),
): Promise<ImportPreview> {
  const size = typeof input === 'string' ? input.length : input.size;
  if (size > MAX_IMPORT_BYTES) {
    throw new StoreError(
      'invalid-import',
      `This file is ${Math.round(size / 1048576)} MB; Rung imports files up to ${MAX_IMPORT_BYTES / 1048576} MB.`,
    );
  }
  const base = emptyPreview(request, now);
  const binary = await binaryProblem(input);
  if (binary) return { ...base, fileProblem: binary };
  const head = await readHead(input, request, size);
  const withHead = {
    ...base,
    headers: head.headers,
    encoding: head.encoding,
    delimiter: head.delimiter,
    headerLanguage: headerLanguage(head.headers),
    suggestion: suggestMapping(head.headers),
  };
  if (head.headers.length === 0)
    return { ...withHead, fileProblem: { code: 'empty', text: 'The file is empty.' } };
  if (head.rows.length === 0 && head.complete && head.problems.length === 0)
    return {
      ...withHead,
      fileProblem: { code: 'header-only', text: 'The file has a header row but no rows.' },
    };
  const format = request.mapping ? null : detectFormat(head.headers);
  const resolved = request.mapping
    ? mappingFromUser(
        head.headers,
        request.mapping.choice,
        request.mapping.kind,
        normaliseCrm(request.mapping.crm),
      )
    : format
      ? mappingFromFormat(format, head.headers)
      : {
          ok: false as const,
          problems: [
            {
              code: 'unrecognised' as const,
              text: 'Rung does not recognise these columns: map them to Rung’s fields.',
            },
          ],
        };
  if (!request.account.trim())
    return {
      ...withHead,
      mappingProblems: [
        ...(resolved.ok ? [] : resolved.problems),
        { code: 'no-account', text: 'Choose the account these rows belong to.' },
      ],
    };
  if (!resolved.ok)
    return {
      ...withHead,
      kind: request.mapping?.kind ?? 'customers',
      mappingProblems: resolved.problems,
    };
  const mapping = resolved.mapping;
  const account = normaliseAccount(mapping.crm, request.account);
  const sniffed = await sniffValues(input, head, mapping, withHead.headerLanguage, request);
  const dateOrder: DateOrderFinding =
    request.dateOrder !== undefined
      ? { kind: 'decided', order: request.dateOrder }
      : sniffed.dateOrder;
  const reading: ValueReading = {
    decimal: sniffed.decimal,
    dateOrder: dateOrder.kind === 'decided' ? dateOrder.order : null,
  };
  const collected = await collect(input, head, mapping, reading, { ...request, account }, size);
  const observed = observedAt(request, collected.latest, now);
  return {
    ...withHead,
    ...collected.result,
    source: mapping.source,
    formatLabel: format?.label ?? null,
    crm: mapping.crm,
    account,
    kind: mapping.kind,
    decimal: sniffed.decimal,
    dateOrder,
    ...observed,
  };
}

function emptyPreview(request: ImportRequest, now: Date): ImportPreview {
  return {
    headers: [],
    source: null,
    formatLabel: null,
    crm: null,
    account: request.account.trim(),
    kind: request.mapping?.kind ?? 'customers',
    fileProblem: null,
    mappingProblems: [],
    suggestion: {},
    rows: 0,
    customers: [],
    orders: 0,
    badRows: [],
    badRowCount: 0,
    folded: 0,
    skipped: { drafts: 0, lostDeals: 0 },
    encoding: { id: 'utf-8', name: ENCODING_NAMES['utf-8'], guessed: false },
    delimiter: ',',
    decimal: '.',
    dateOrder: { kind: 'none' },
    headerLanguage: null,
    observedAt: now.toISOString(),
    observedFrom: 'now',
  };
}

/** A workbook, an old Excel file or other binary data renamed .csv. */
async function binaryProblem(input: string | Blob): Promise<FileProblem | null> {
  if (typeof input === 'string')
    return input.trim() ? null : { code: 'empty', text: 'The file is empty.' };
  if (input.size === 0) return { code: 'empty', text: 'The file is empty.' };
  const bytes = new Uint8Array(await input.slice(0, 8).arrayBuffer());
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
    return {
      code: 'xlsx',
      text: 'This is an Excel workbook (.xlsx), not a CSV file. In Excel choose File › Save As › CSV UTF-8, then import that file.',
    };
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    return {
      code: 'xls',
      text: 'This is an old Excel workbook (.xls), not a CSV file. In Excel choose File › Save As › CSV UTF-8, then import that file.',
    };
  return null;
}

async function readHead(input: string | Blob, request: ImportRequest, size: number): Promise<Head> {
  const rows: CsvRow[] = [];
  const summary = await readCsv(input, (chunk) => rows.push(...chunk), {
    limit: HEAD_BYTES,
    chunkSize: Math.min(request.chunkSize ?? HEAD_BYTES, HEAD_BYTES),
    onProgress: (read) => request.onProgress?.(Math.min(read, size), size),
  });
  return {
    headers: summary.headers,
    rows,
    complete: summary.complete,
    encoding: {
      id: summary.encoding.encoding,
      name: ENCODING_NAMES[summary.encoding.encoding],
      guessed: summary.encoding.guessed,
    },
    delimiter: summary.delimiter,
    problems: summary.problems,
  };
}

/** The columns whose values the file-wide decisions look at. */
const DATE_FIELDS: ImportField[] = ['placedAt', 'lastActivityAt', 'lastOrderAt', 'closedAt'];
const AMOUNT_FIELDS: ImportField[] = [
  'total',
  'totalSpent',
  'discount',
  'refunded',
  'amount',
  'lastOrderTotal',
];

async function sniffValues(
  input: string | Blob,
  head: Head,
  mapping: ColumnMapping,
  language: HeaderLanguage | null,
  request: ImportRequest,
) {
  const sniffer = new ValueSniffer();
  const dates = DATE_FIELDS.flatMap((f) => mapping.columns.get(f) ?? []);
  const amounts = AMOUNT_FIELDS.flatMap((f) => mapping.columns.get(f) ?? []);
  const look = (rows: CsvRow[]) => {
    for (const row of rows) {
      for (const i of dates) sniffer.date(row.cells[i] ?? '');
      for (const i of amounts) sniffer.amount(row.cells[i] ?? '');
    }
  };
  look(head.rows);
  const stillOpen = sniffer.hasOpenDates || !sniffer.findings(language).decimalFromValues;
  if (!head.complete && stillOpen && !sniffer.settled) {
    // The first megabytes could not tell: the rest of the file may (a 13th day, a 12,50).
    await readCsv(input, look, {
      ...(request.chunkSize !== undefined ? { chunkSize: request.chunkSize } : {}),
      ...(request.cancelled ? { cancelled: request.cancelled } : {}),
    });
  }
  return sniffer.findings(language);
}

async function collect(
  input: string | Blob,
  head: Head,
  mapping: ColumnMapping,
  reading: ValueReading,
  request: ImportRequest,
  size: number,
) {
  const accumulator = new ImportAccumulator({ sumOpenDeals: mapping.kind === 'deals' });
  const readRow = compileRowReader(mapping, request.account.trim(), reading);
  const badRows: CsvProblem[] = [];
  let badRowCount = 0;
  let rows = 0;
  let folded = 0;
  const skipped = { drafts: 0, lostDeals: 0 };
  let latest = '';
  const bad = (problem: CsvProblem) => {
    badRowCount += 1;
    if (badRows.length < MAX_REPORTED_PROBLEMS) badRows.push(problem);
  };
  const width = head.headers.length;
  const take = (chunk: CsvRow[]) => {
    for (const row of chunk) {
      rows += 1;
      if (row.cells.length !== width) {
        bad({ line: row.line, reason: `has ${row.cells.length} columns, the header has ${width}` });
        continue;
      }
      const result = readRow(row);
      if (result.ok === 'continuation') {
        folded += 1;
        continue;
      }
      if (result.ok === 'skipped') {
        if (result.why === 'draft') skipped.drafts += 1;
        else skipped.lostDeals += 1;
        continue;
      }
      if (!result.ok) {
        bad({ line: row.line, reason: result.reason });
        continue;
      }
      for (const profile of result.profiles) {
        latest = latestDateOf(profile, latest);
        if (result.refund)
          accumulator.addRefund(profile, result.refund.orderId, result.refund.amount);
        else accumulator.add(profile);
      }
    }
  };
  let problems = head.problems;
  if (head.complete) take(head.rows);
  else {
    const summary = await readCsv(input, take, {
      ...(request.chunkSize !== undefined ? { chunkSize: request.chunkSize } : {}),
      ...(request.cancelled ? { cancelled: request.cancelled } : {}),
      onProgress: (read) => request.onProgress?.(read, size),
    });
    problems = summary.problems;
  }
  for (const problem of problems) bad({ line: problem.line, reason: problem.reason });
  badRows.sort((a, b) => a.line - b.line);
  const customers = accumulator.profiles();
  const orders = customers.reduce((n, c) => n + (c.orders?.length ?? 0), 0);
  return {
    result: { rows, customers, orders, badRows, badRowCount, folded, skipped },
    latest,
  };
}

function latestDateOf(profile: Profile, latest: string): string {
  let max = latest;
  for (const order of profile.orders ?? []) if (order.placedAt > max) max = order.placedAt;
  if (profile.lastActivityAt && profile.lastActivityAt > max) max = profile.lastActivityAt;
  if (profile.summary?.lastOrderAt && profile.summary.lastOrderAt > max)
    max = profile.summary.lastOrderAt;
  return max;
}

/**
 * What the file is as of: the date in its name (HubSpot names exports
 * `…-2025-10-13.csv`), else when it was saved, else the newest date it holds, else now;
 * never later than now. An older file then only fills gaps (merge.ts keeps the newest
 * observation of every field).
 */
function observedAt(
  request: ImportRequest,
  latest: string,
  now: Date,
): Pick<ImportPreview, 'observedAt' | 'observedFrom'> {
  const cap = (d: Date) => (d.getTime() > now.getTime() ? now : d);
  const named = /(?:^|\D)(\d{4})-(\d{2})-(\d{2})(?:\D|$)/.exec(request.fileName ?? '');
  if (named) {
    const date = new Date(`${named[1]}-${named[2]}-${named[3]}T00:00:00Z`);
    if (!Number.isNaN(date.getTime()))
      return { observedAt: cap(date).toISOString(), observedFrom: 'file-name' };
  }
  if (
    request.fileDate &&
    !Number.isNaN(request.fileDate.getTime()) &&
    request.fileDate.getTime() > 0
  )
    return { observedAt: cap(request.fileDate).toISOString(), observedFrom: 'file-date' };
  if (latest) {
    const date = new Date(latest.length === 10 ? `${latest}T00:00:00Z` : latest);
    if (!Number.isNaN(date.getTime()))
      return { observedAt: cap(date).toISOString(), observedFrom: 'contents' };
  }
  return { observedAt: now.toISOString(), observedFrom: 'now' };
}
