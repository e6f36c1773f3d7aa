/**
 * What one value cannot say, the whole file decides (pure): whether `05/03/2025` is day-
 * or month-first, and whether `1.234` is a thousand or one and a bit. The sniffer looks at
 * every date and amount cell it is shown and keeps only the evidence: a slashed date with
 * a first part above 12 is day-first, one with a second part above 12 month-first; an
 * amount whose shape names its decimal mark (`12,50`, `1,234.56`) names the file's. When
 * the file has no evidence, the language of its headers decides the decimal mark (German,
 * French, Spanish, Polish and Russian spreadsheets write `1.234,56`); the date order is
 * then a question for the user.
 */
import {
  asciiDigits,
  separatorShape,
  slashedParts,
  type DateOrder,
  type DecimalMark,
} from './values';

export type DateOrderFinding =
  | { kind: 'decided'; order: DateOrder }
  /** Slashed dates with both parts at most 12: the user must say. */
  | { kind: 'ask'; examples: string[] }
  /** Both orders occur: the file mixes formats; slashed dates are read as they can be. */
  | { kind: 'mixed'; examples: string[] }
  /** No slashed dates at all. */
  | { kind: 'none' };

export interface ValueFindings {
  dateOrder: DateOrderFinding;
  decimal: DecimalMark;
  /** True when some amount's shape decided the decimal mark (not only the headers). */
  decimalFromValues: boolean;
}

const COMMA_DECIMAL_LANGUAGES = new Set(['de', 'fr', 'es', 'pl', 'ru']);

export class ValueSniffer {
  private dayFirst = 0;
  private monthFirst = 0;
  private undecidedExamples: string[] = [];
  private conflictExamples: string[] = [];
  private dotDecimal = 0;
  private commaDecimal = 0;

  date(raw: string): void {
    const parts = slashedParts(asciiDigits(raw));
    if (!parts) return;
    const [a, b] = parts;
    if (a > 12 && b <= 12) {
      this.dayFirst += 1;
      if (this.monthFirst > 0 && this.conflictExamples.length < 3) this.conflictExamples.push(raw);
    } else if (b > 12 && a <= 12) {
      this.monthFirst += 1;
      if (this.dayFirst > 0 && this.conflictExamples.length < 3) this.conflictExamples.push(raw);
    } else if (this.undecidedExamples.length < 3) this.undecidedExamples.push(raw.trim());
  }

  amount(raw: string): void {
    const text = asciiDigits(raw).replace(/[^\d.,]/g, '');
    if (!text) return;
    const shape = separatorShape(text);
    if (shape === '.') this.dotDecimal += 1;
    else if (shape === ',') this.commaDecimal += 1;
  }

  /** True once the file has said all it can: both questions answered by values. */
  get settled(): boolean {
    return (this.dayFirst > 0 || this.monthFirst > 0) && this.dotDecimal + this.commaDecimal > 0;
  }

  /** Whether any slashed date was seen whose order is still open. */
  get hasOpenDates(): boolean {
    return this.dayFirst === 0 && this.monthFirst === 0 && this.undecidedExamples.length > 0;
  }

  findings(headerLanguage: string | null): ValueFindings {
    const decimalFromValues = this.dotDecimal + this.commaDecimal > 0;
    const decimal: DecimalMark = decimalFromValues
      ? this.commaDecimal > this.dotDecimal
        ? ','
        : '.'
      : headerLanguage && COMMA_DECIMAL_LANGUAGES.has(headerLanguage)
        ? ','
        : '.';
    return { dateOrder: this.dateOrder(), decimal, decimalFromValues };
  }

  private dateOrder(): DateOrderFinding {
    if (this.dayFirst > 0 && this.monthFirst > 0)
      return { kind: 'mixed', examples: this.conflictExamples };
    if (this.dayFirst > 0) return { kind: 'decided', order: 'dmy' };
    if (this.monthFirst > 0) return { kind: 'decided', order: 'mdy' };
    if (this.undecidedExamples.length > 0) return { kind: 'ask', examples: this.undecidedExamples };
    return { kind: 'none' };
  }
}
