/**
 * Customer histories grouped for fast likelihoods. A fit evaluates the log-likelihood hundreds
 * of times, so everything that does not depend on the parameters is done once here: identical
 * (x, t_x, T) triples become one weighted row, and each row points at its distinct x, t_x and T
 * so the per-evaluation logarithms are taken once per distinct value, not once per customer.
 */

/** One customer's purchase history: repeat purchases, recency and age in one time unit. */
export interface CustomerHistory {
  x: number;
  tx: number;
  T: number;
}

export interface GroupedHistories {
  /** Customers kept (valid rows). */
  customers: number;
  /** Rows refused as invalid (non-finite, negative, fractional x, t_x > T). */
  invalid: number;
  /** Customers with at least one repeat purchase. */
  repeatCustomers: number;
  xValues: Float64Array;
  /** Customers per distinct x. */
  xWeights: Float64Array;
  txValues: Float64Array;
  TValues: Float64Array;
  rowX: Int32Array;
  rowTx: Int32Array;
  rowT: Int32Array;
  rowWeight: Float64Array;
  meanT: number;
}

export function isValidHistory(c: CustomerHistory): boolean {
  return (
    Number.isInteger(c.x) &&
    c.x >= 0 &&
    Number.isFinite(c.tx) &&
    Number.isFinite(c.T) &&
    c.tx >= 0 &&
    c.tx <= c.T &&
    // With no repeat purchase the recency is 0 by definition; anything else is a bad summary.
    (c.x > 0 || c.tx === 0)
  );
}

/** Index of each distinct value, assigned in first-seen order. */
function indexer() {
  const index = new Map<number, number>();
  const values: number[] = [];
  return {
    values,
    of(v: number): number {
      let i = index.get(v);
      if (i === undefined) {
        i = values.length;
        index.set(v, i);
        values.push(v);
      }
      return i;
    },
  };
}

export function groupHistories(histories: readonly CustomerHistory[]): GroupedHistories {
  const xs = indexer();
  const txs = indexer();
  const Ts = indexer();
  const rows = new Map<string, number>();
  const rowX: number[] = [];
  const rowTx: number[] = [];
  const rowT: number[] = [];
  const rowWeight: number[] = [];
  const xWeight: number[] = [];
  let customers = 0;
  let repeatCustomers = 0;
  let sumT = 0;
  for (const c of histories) {
    if (!isValidHistory(c)) continue;
    customers++;
    sumT += c.T;
    if (c.x > 0) repeatCustomers++;
    const xi = xs.of(c.x);
    xWeight[xi] = (xWeight[xi] ?? 0) + 1;
    const key = `${c.x}|${c.tx}|${c.T}`;
    const row = rows.get(key);
    if (row !== undefined) {
      rowWeight[row]! += 1;
      continue;
    }
    rows.set(key, rowWeight.length);
    rowX.push(xi);
    rowTx.push(txs.of(c.tx));
    rowT.push(Ts.of(c.T));
    rowWeight.push(1);
  }
  return {
    customers,
    invalid: histories.length - customers,
    repeatCustomers,
    xValues: Float64Array.from(xs.values),
    xWeights: Float64Array.from(xWeight),
    txValues: Float64Array.from(txs.values),
    TValues: Float64Array.from(Ts.values),
    rowX: Int32Array.from(rowX),
    rowTx: Int32Array.from(rowTx),
    rowT: Int32Array.from(rowT),
    rowWeight: Float64Array.from(rowWeight),
    meanT: customers > 0 ? sumT / customers : NaN,
  };
}
