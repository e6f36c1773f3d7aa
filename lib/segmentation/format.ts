/**
 * Numbers in explanation sentences: at most two decimals, no locale (the interface
 * issue formats for display; these sentences must read the same in every test run).
 *
 * `fmt` runs for every customer (their profit is in the subgroup sentence), and
 * converting a fractional double to text is the slow path of number printing, so the
 * rounded value is printed as integer parts, which the engine converts quickly.
 */
export function fmt(n: number): string {
  if (!Number.isFinite(n) || Math.abs(n) >= 1e15) return String(n);
  const cents = Math.round(n * 100);
  if (cents === 0) return '0';
  const abs = cents < 0 ? -cents : cents;
  const whole = Math.floor(abs / 100);
  const frac = abs - whole * 100;
  const sign = cents < 0 ? '-' : '';
  if (frac === 0) return `${sign}${whole}`;
  // Two decimals without a trailing zero: 0.5 → "0.5", 0.05 → "0.05".
  const decimals = frac % 10 === 0 ? `${frac / 10}` : frac < 10 ? `0${frac}` : `${frac}`;
  return `${sign}${whole}.${decimals}`;
}

/** A share 0–1 as a whole percentage: 0.3 → "30 %". */
export function pct(share: number): string {
  return `${fmt(share * 100)} %`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${fmt(n)} ${n === 1 ? one : many}`;
}
