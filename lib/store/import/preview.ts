/**
 * Import, step one: read the file and show what would be written, writing nothing.
 * The header row picks a known format (or the user's mapping); every row becomes a
 * partial profile or a bad row with its line number and reason; rows of the same
 * customer (several orders, duplicate rows) are merged the way pages are.
 */
import Papa from 'papaparse';
import type { Profile } from '../../domain/profile';
import { StoreError } from '../errors';
import { ImportAccumulator } from './accumulator';
import { readCsv, type CsvProblem } from './csv-reader';
import type { ImportKind } from './fields';
import { detectFormat } from './formats';
import { mappingFromFormat, mappingFromUser, type ColumnMapping } from './mapping';
import { compileRowReader } from './row-to-profile';

/** Bigger files are refused up front: they would not fit a browser tab's memory anyway. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;
const MAX_REPORTED_PROBLEMS = 1000;

export interface ImportRequest {
  /** The account the rows belong to (Shopify store handle, WooCommerce host, HubSpot portal). */
  account: string;
  /** A user-chosen mapping (Rung field → header), for files Rung does not recognise. */
  mapping?: { choice: Record<string, string | undefined>; kind: ImportKind; crm: string };
  chunkSize?: number;
  onProgress?: (read: number, total: number) => void;
}

export interface ImportPreview {
  headers: string[];
  /** The recognised format or the custom mapping; null when the user must map columns. */
  source: string | null;
  mappingErrors: string[];
  rows: number;
  customers: Profile[];
  badRows: CsvProblem[];
  badRowCount: number;
}

/** The header row only: read from the first 64 KB, not the whole file. */
export async function readHeaders(input: string | Blob): Promise<string[]> {
  const head = input.slice(0, 64 * 1024);
  return new Promise((resolve, reject) => {
    const config: Papa.ParseLocalConfig<string[], Blob> = {
      preview: 1,
      complete: (results) =>
        resolve(
          (results.data[0] ?? []).map((h, i) => (i === 0 ? h.replace(/^\uFEFF/, '') : h).trim()),
        ),
      error: reject,
    };
    (Papa.parse as (i: string | Blob, c: Papa.ParseLocalConfig<string[], Blob>) => void)(
      head,
      config,
    );
  });
}

export async function previewImport(
  input: string | Blob,
  request: ImportRequest,
): Promise<ImportPreview> {
  const size = typeof input === 'string' ? input.length : input.size;
  if (size > MAX_IMPORT_BYTES) {
    throw new StoreError(
      'invalid-import',
      `This file is ${Math.round(size / 1048576)} MB; Rung imports files up to ${MAX_IMPORT_BYTES / 1048576} MB.`,
    );
  }
  const headers = await readHeaders(input);
  const format = detectFormat(headers);
  const resolved = request.mapping
    ? mappingFromUser(headers, request.mapping.choice, request.mapping.kind, request.mapping.crm)
    : format
      ? mappingFromFormat(format, headers)
      : {
          ok: false as const,
          errors: ['Rung does not recognise these columns: map them to Rung’s fields.'],
        };
  const empty = { headers, rows: 0, customers: [], badRows: [], badRowCount: 0 };
  if (!resolved.ok) return { ...empty, source: null, mappingErrors: resolved.errors };
  return {
    ...(await collect(input, resolved.mapping, request, size)),
    headers,
    source: resolved.mapping.source,
    mappingErrors: [],
  };
}

async function collect(
  input: string | Blob,
  mapping: ColumnMapping,
  request: ImportRequest,
  size: number,
) {
  const accumulator = new ImportAccumulator();
  const readRow = compileRowReader(mapping, request.account);
  const badRows: CsvProblem[] = [];
  let badRowCount = 0;
  let rows = 0;
  const bad = (problem: CsvProblem) => {
    badRowCount += 1;
    if (badRows.length < MAX_REPORTED_PROBLEMS) badRows.push(problem);
  };
  const summary = await readCsv(
    input,
    (chunk, headers) => {
      for (const row of chunk) {
        rows += 1;
        if (row.cells.length !== headers.length) {
          bad({
            line: row.line,
            reason: `has ${row.cells.length} columns, the header has ${headers.length}`,
          });
          continue;
        }
        const result = readRow(row);
        if (result.ok === 'continuation') continue;
        if (!result.ok) {
          bad({ line: row.line, reason: result.reason });
          continue;
        }
        // Rows of one customer merge like page reads: the same order twice dedupes by id.
        accumulator.add(result.profile);
      }
    },
    {
      ...(request.chunkSize !== undefined ? { chunkSize: request.chunkSize } : {}),
      onProgress: (read) => request.onProgress?.(read, size),
    },
  );
  for (const problem of summary.problems) bad(problem);
  badRows.sort((a, b) => a.line - b.line);
  return { rows, customers: accumulator.profiles(), badRows, badRowCount };
}
