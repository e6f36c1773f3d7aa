/**
 * Comparing ISO times from different sources. Pages write dates in several ISO forms
 * (with or without milliseconds or offset), so compare parsed instants, falling back
 * to string order only when a value does not parse.
 */
export function instant(iso: string): number {
  const parsed = Date.parse(iso);
  return Number.isNaN(parsed) ? Number.NEGATIVE_INFINITY : parsed;
}

/** True when `a` is strictly later than `b`. */
export function isNewer(a: string, b: string): boolean {
  const ta = instant(a);
  const tb = instant(b);
  if (ta === tb) return a > b && Number.isFinite(ta) === false;
  return ta > tb;
}
