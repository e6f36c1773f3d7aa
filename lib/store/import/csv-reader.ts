/**
 * Streaming CSV reading: a string or a File/Blob is decoded chunk by chunk (512 KB by
 * default, text-decoding.ts) and split into records (csv-records.ts); each chunk's rows
 * are handed over with the line they start on. Between chunks the reader waits one
 * macrotask so a 200 MB file never freezes the options page. The first record is the
 * header (line 1 unless blank lines or Excel's `sep=` line come first).
 */
import { CsvRecordSplitter, type CsvProblem, type CsvRecord, type Delimiter } from './csv-records';
import { decodeChunks, type DetectedEncoding } from './text-decoding';

export type { CsvProblem } from './csv-records';
export type CsvRow = CsvRecord;

export interface ReadCsvOptions {
  /** Bytes per chunk (characters for a string). */
  chunkSize?: number;
  /** Bytes (or characters) read so far, for a progress bar. */
  onProgress?: (read: number) => void;
  /** Stop after this many bytes (the preview's first look). */
  limit?: number;
  /** Checked between chunks: true stops reading (the user cancelled). */
  cancelled?: () => boolean;
}

export interface CsvSummary {
  headers: string[];
  records: number;
  problems: CsvProblem[];
  encoding: DetectedEncoding;
  delimiter: Delimiter;
  /** False when `limit` stopped the read before the end. */
  complete: boolean;
}

export const DEFAULT_CHUNK = 512 * 1024;

export async function readCsv(
  input: string | Blob,
  onRows: (rows: CsvRow[], headers: string[]) => void,
  options: ReadCsvOptions = {},
): Promise<CsvSummary> {
  let headers: string[] | null = null;
  let records = 0;
  const problems: CsvProblem[] = [];
  let rows: CsvRow[] = [];
  const splitter = new CsvRecordSplitter(
    (record) => {
      records += 1;
      if (!headers) headers = record.cells.map((h) => h.replace(/^\uFEFF/, '').trim());
      else rows.push(record);
    },
    (problem) => problems.push(problem),
  );
  const flush = () => {
    if (headers && rows.length > 0) onRows(rows, headers);
    rows = [];
  };
  const { encoding, chunks } = await decodeChunks(input, options.chunkSize ?? DEFAULT_CHUNK);
  let complete = true;
  for await (const chunk of chunks) {
    splitter.push(chunk.text);
    flush();
    options.onProgress?.(chunk.read);
    if (options.limit !== undefined && chunk.read >= options.limit) {
      complete = false;
      break;
    }
    if (options.cancelled?.()) {
      complete = false;
      break;
    }
    // Let the page paint and answer input between chunks.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  if (complete) splitter.end();
  flush();
  return {
    headers: headers ?? [],
    records: Math.max(0, records - 1),
    problems,
    encoding,
    delimiter: splitter.delimiter ?? ',',
    complete,
  };
}
