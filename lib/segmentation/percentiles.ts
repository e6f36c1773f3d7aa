/**
 * Percentiles over an account's customers. Linear interpolation between closest ranks
 * (the "type 7" definition spreadsheets and numpy use), on an ascending array.
 */

/** The p-th percentile (0–100) of ascending `sorted[0..n)`; NaN when n is 0. */
export function percentileOfSorted(sorted: ArrayLike<number>, n: number, p: number): number {
  if (n <= 0) return NaN;
  const h = ((n - 1) * Math.min(Math.max(p, 0), 100)) / 100;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (h - lo) * (b - a);
}

/** The values at percentiles 0, 1, …, 100: a compact, JSON-friendly picture of the spread. */
export function quantileTable(sorted: ArrayLike<number>, n: number): number[] {
  if (n <= 0) return [];
  const out = new Array<number>(101);
  for (let p = 0; p <= 100; p++) out[p] = percentileOfSorted(sorted, n, p);
  return out;
}

/**
 * The customer's percentile rank from a quantile table: the highest whole percentile
 * whose value the customer reaches (the account's top earner is at 100).
 */
export function rankInTable(table: readonly number[], value: number): number | null {
  if (table.length !== 101) return null;
  let lo = 0;
  let hi = 100;
  if (value < (table[0] as number)) return 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((table[mid] as number) <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Copies the finite values into a typed array and sorts it ascending. */
export function sortedFinite(values: readonly (number | null)[]): Float64Array {
  return finiteValues(values).sort();
}

/**
 * The finite values copied into a typed array, unsorted (for `percentileOfUnsorted`).
 * Its length is the count of finite values.
 */
export function finiteValues(values: readonly (number | null)[]): Float64Array {
  const out = new Float64Array(values.length);
  let n = 0;
  for (const v of values) if (v !== null && Number.isFinite(v)) out[n++] = v;
  return out.subarray(0, n);
}

/**
 * Moves the k-th smallest of a[lo..hi] to a[k], smaller ones before it and larger ones
 * after it (Hoare's selection with a median-of-three pivot), in place.
 */
function select(a: Float64Array, k: number, lo: number, hi: number): void {
  while (hi > lo) {
    const mid = (lo + hi) >> 1;
    // Median of three into a[mid], guarding against sorted and reversed inputs.
    if (a[mid]! < a[lo]!) swap(a, mid, lo);
    if (a[hi]! < a[lo]!) swap(a, hi, lo);
    if (a[hi]! < a[mid]!) swap(a, hi, mid);
    const pivot = a[mid]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        swap(a, i, j);
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i]!;
  a[i] = a[j]!;
  a[j] = t;
}

/**
 * The same value as `percentileOfSorted` on the sorted values, found by selection: the
 * account needs one or two percentiles of a column, and selecting the two ranks they
 * fall between costs linear time where a sort of 100,000 values costs n log n.
 * Reorders `values` (a scratch copy from `finiteValues`).
 */
export function percentileOfUnsorted(values: Float64Array, p: number): number {
  const n = values.length;
  if (n <= 0) return NaN;
  const h = ((n - 1) * Math.min(Math.max(p, 0), 100)) / 100;
  const lo = Math.floor(h);
  select(values, lo, 0, n - 1);
  const a = values[lo]!;
  if (lo + 1 >= n || h === lo) return a;
  // After selection everything past `lo` is ≥ a: the next rank is their minimum.
  let b = values[lo + 1]!;
  for (let i = lo + 2; i < n; i++) if (values[i]! < b) b = values[i]!;
  return a + (h - lo) * (b - a);
}
