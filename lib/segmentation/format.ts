/**
 * Numbers in explanation sentences: at most two decimals, no locale (the interface
 * issue formats for display; these sentences must read the same in every test run).
 */
export function fmt(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}

/** A share 0–1 as a whole percentage: 0.3 → "30 %". */
export function pct(share: number): string {
  return `${fmt(share * 100)} %`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${fmt(n)} ${n === 1 ? one : many}`;
}
