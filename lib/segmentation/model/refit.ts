/**
 * When to refit an account's model: when its customer count has moved by a tenth since the last
 * fit. Growth is the trigger; a shrink by a tenth (customers deleted or merged) also
 * refits, since the old parameters then describe customers the account no longer has. Pure: the
 * store decides when to ask and runs the fit in the background, so badges never wait on it.
 */
export const REFIT_GROWTH = 0.1;

export function needsRefit(lastFitCustomerCount: number | null, currentCount: number): boolean {
  if (!Number.isFinite(currentCount) || currentCount <= 0) return false;
  if (lastFitCustomerCount === null || !(lastFitCustomerCount > 0)) return true;
  const change = (currentCount - lastFitCustomerCount) / lastFitCustomerCount;
  return change >= REFIT_GROWTH || change <= -REFIT_GROWTH;
}
