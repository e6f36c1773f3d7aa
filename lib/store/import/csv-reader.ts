/**
 * Streaming CSV reading with papaparse: a string or a File/Blob is parsed in chunks
 * (256 KB by default) and each chunk's rows are handed over with their record numbers;
 * between chunks the parser pauses for one macrotask so a 50 MB file never freezes the
 * options page. The first record is the header. Record numbers count the header as
 * line 1; they equal file line numbers unless a quoted field spans several lines.
 */
import Papa from 'papaparse';

export interface CsvRow {
  line: number;
  cells: string[];
}

export interface CsvProblem {
  line: number;
  reason: string;
}

export interface ReadCsvOptions {
  chunkSize?: number;
  /** Bytes (or characters) read so far, for a progress bar. */
  onProgress?: (read: number) => void;
}

export interface CsvSummary {
  headers: string[];
  records: number;
  problems: CsvProblem[];
}

export function readCsv(
  input: string | Blob,
  onRows: (rows: CsvRow[], headers: string[]) => void,
  options: ReadCsvOptions = {},
): Promise<CsvSummary> {
  let headers: string[] | null = null;
  let line = 0;
  const problems: CsvProblem[] = [];
  return new Promise((resolve, reject) => {
    const config: Papa.ParseLocalConfig<string[], Blob> = {
      header: false,
      skipEmptyLines: 'greedy',
      chunkSize: options.chunkSize ?? 256 * 1024,
      chunk(results, parser) {
        // A row papaparse flagged (unclosed quote, …) is reported, never imported half-read.
        const flagged = new Map<number, string>();
        for (const error of results.errors) {
          if (error.row !== undefined) flagged.set(error.row, `CSV: ${error.message}`);
        }
        const rows: CsvRow[] = [];
        results.data.forEach((cells, index) => {
          line += 1;
          const problem = flagged.get(index);
          if (problem) problems.push({ line, reason: problem });
          else if (!headers)
            headers = cells.map((h, i) => (i === 0 ? h.replace(/^\uFEFF/, '') : h).trim());
          else rows.push({ line, cells });
        });
        options.onProgress?.(results.meta.cursor);
        if (headers && rows.length > 0) onRows(rows, headers);
        parser.pause();
        setTimeout(() => parser.resume(), 0);
      },
      complete() {
        resolve({ headers: headers ?? [], records: Math.max(0, line - 1), problems });
      },
      error(error: Error) {
        reject(error);
      },
    };
    // papaparse streams strings in chunks too (its StringStreamer honours chunkSize), but
    // its typings only allow `chunk` for files; one typed alias covers both inputs.
    const parse = Papa.parse as (
      input: string | Blob,
      config: Papa.ParseLocalConfig<string[], Blob>,
    ) => void;
    parse(input, config);
  });
}
