/**
 * Money as files write it: rounded to the currency's minor unit (JPY 0 places, KWD 3), so a
 * sum of floats such as 0.1 + 0.2 is written 0.3. Pure, for the store's and the dashboard's
 * CSV alike.
 */

/** An amount rounded to its currency's minor unit (2 places when the currency is unknown). */
export function roundMoney(value: number | null, currency: string | null): number | null {
  if (value === null || !Number.isFinite(value)) return value;
  let digits = 2;
  try {
    if (currency) {
      digits =
        new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
          .maximumFractionDigits ?? 2;
    }
  } catch {
    // Not an ISO 4217 code the browser knows: two places, as most currencies have.
  }
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
