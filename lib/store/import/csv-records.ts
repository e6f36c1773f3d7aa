/**
 * Splitting decoded CSV text into records, fed chunk by chunk (RFC 4180 quoting, the
 * separators Excel writes: comma, semicolon in locales with a decimal comma, tab in
 * "Unicode text"). Every record carries the physical line it starts on, the header being
 * line 1, so a message can name the line a user sees in a text editor.
 *
 * A broken quote must not swallow the file: a quoted field may span lines (notes with
 * line breaks are real), but when a record spanning several lines ends up with another
 * number of cells than the header, or runs past MAX_RECORD_LINES / MAX_RECORD_CHARS, or
 * the file ends inside it, its first line is reported as unreadable and the lines after
 * it are read again as fresh records. One stray quote costs one row.
 */
export interface CsvRecord {
  line: number;
  cells: string[];
}

export interface CsvProblem {
  line: number;
  reason: string;
}

export type Delimiter = ',' | ';' | '\t';

export const MAX_RECORD_LINES = 200;
export const MAX_RECORD_CHARS = 256 * 1024;

interface OpenRecord {
  firstLine: number;
  lines: string[];
  chars: number;
  cells: string[];
  field: string;
  /** Text followed a closing quote (`"a"b`): a sign the quotes are out of step. */
  malformed: boolean;
}

export class CsvRecordSplitter {
  delimiter: Delimiter | null = null;
  /** Cells per record, known once the header is read. */
  private width: number | null = null;
  private carry = '';
  private nextLine = 1;
  private open: OpenRecord | null = null;

  constructor(
    private readonly onRecord: (record: CsvRecord) => void,
    private readonly onProblem: (problem: CsvProblem) => void,
  ) {}

  push(text: string): void {
    if (!text) return;
    const lines = (this.carry + text).split('\n');
    this.carry = lines.pop() ?? '';
    const first = this.nextLine;
    this.nextLine += lines.length;
    this.lines(lines, first);
  }

  end(): void {
    if (this.carry) {
      const last = this.carry;
      this.carry = '';
      this.lines([last], this.nextLine);
      this.nextLine += 1;
    }
    while (this.open) {
      const open = this.open;
      this.open = null;
      this.broken(open, 'a quote opened on this line is not closed before the row ends');
    }
  }

  private lines(lines: string[], firstLine: number): void {
    for (let i = 0; i < lines.length; i++) {
      let line = lines[i]!;
      if (line.endsWith('\r')) line = line.slice(0, -1);
      this.line(line, firstLine + i);
    }
  }

  private line(line: string, number: number): void {
    if (this.delimiter === null) {
      if (line.trim() === '') return;
      const sep = /^"?sep=(.)"?$/i.exec(line.trim());
      this.delimiter = sep ? asDelimiter(sep[1]!) : guessDelimiter(line);
      if (sep) return;
    }
    const open = this.open;
    if (open) {
      open.lines.push(line);
      open.chars += line.length;
      open.field += '\n';
      if (this.scan(open, line)) {
        this.open = null;
        this.finish(open);
      } else if (open.lines.length > MAX_RECORD_LINES || open.chars > MAX_RECORD_CHARS) {
        this.open = null;
        this.broken(open, 'a quote opened on this line is not closed before the row ends');
      }
      return;
    }
    if (!line.includes('"')) {
      this.emit(number, line.split(this.delimiter));
      return;
    }
    const record: OpenRecord = {
      firstLine: number,
      lines: [line],
      chars: line.length,
      cells: [],
      field: '',
      malformed: false,
    };
    if (this.scan(record, line)) this.finish(record);
    else this.open = record;
  }

  /** Reads one physical line into the record; true when the record ends with it. */
  private scan(record: OpenRecord, line: string): boolean {
    const delimiter = this.delimiter!;
    // A record continued from the previous line is inside a quoted field.
    let inQuotes = record.lines.length > 1;
    let field = record.field;
    let quotedField = inQuotes;
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      if (inQuotes) {
        const close = line.indexOf('"', i);
        if (close < 0) {
          field += line.slice(i);
          break;
        }
        field += line.slice(i, close);
        if (line[close + 1] === '"') {
          field += '"';
          i = close + 1;
        } else {
          inQuotes = false;
          i = close;
          const next = line[close + 1];
          if (next !== undefined && next !== delimiter) record.malformed = true;
        }
      } else if (c === delimiter) {
        record.cells.push(field);
        field = '';
        quotedField = false;
      } else if (c === '"' && field === '' && !quotedField) {
        inQuotes = true;
        quotedField = true;
      } else field += c;
    }
    record.field = field;
    if (inQuotes) return false;
    record.cells.push(field);
    record.field = '';
    return true;
  }

  private finish(record: OpenRecord): void {
    const multiLine = record.lines.length > 1;
    if (
      multiLine &&
      (record.malformed || (this.width !== null && record.cells.length !== this.width))
    ) {
      this.broken(record, 'a quote opened on this line is not closed before the row ends');
      return;
    }
    this.emit(record.firstLine, record.cells);
  }

  /** Reports the record's first line and reads the lines after it again. */
  private broken(record: OpenRecord, reason: string): void {
    this.onProblem({ line: record.firstLine, reason });
    this.lines(record.lines.slice(1), record.firstLine + 1);
  }

  private emit(line: number, cells: string[]): void {
    if (cells.every((c) => c.trim() === '')) return;
    if (this.width === null) this.width = cells.length;
    this.onRecord({ line, cells });
  }
}

function asDelimiter(c: string): Delimiter {
  return c === ';' || c === '\t' ? c : ',';
}

/** The separator used most in the header line (outside quotes). */
export function guessDelimiter(header: string): Delimiter {
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let inQuotes = false;
  for (const c of header) {
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === ',' || c === ';' || c === '\t')) counts[c] += 1;
  }
  if (counts['\t'] > counts[','] && counts['\t'] >= counts[';']) return '\t';
  if (counts[';'] > counts[',']) return ';';
  return ',';
}
