/**
 * Money in exported files: sums of order totals carry binary float noise
 * (`841.2840000000001`), which a spreadsheet shows and a shop owner reads as a wrong
 * figure. Amounts are written to the cent, the precision every CRM exports them in.
 */
export function moneyCell(value: number | null | undefined): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  const cents = Math.round(value * 100) / 100;
  return Object.is(cents, -0) ? 0 : cents;
}
