/** One figure a benchmark measured, printed in the bench table and BENCHMARKS.md. */
export interface BenchRow {
  /** What was measured, e.g. "classifyAll 100,000 customers". */
  name: string;
  value: number;
  unit: string;
  /** The target as text, e.g. "< 1000 ms"; absent when the figure has none. */
  target?: string;
  /** Whether the figure meets its target; absent when it has none. */
  pass?: boolean;
}

/** A bench module's default export. */
export type Bench = () => Promise<BenchRow[]>;
