/** Shorthands for writing demo designs. */
import type { DealSpec, OrderSpec } from './design-types';

/** Orders of one total, none discounted, placed `days` days before as-of. */
export const noDiscount = (days: number[], total: number): OrderSpec[] =>
  days.map((ago) => ({ ago, total }));

/** Closed-won deals of one amount, closed `days` days before as-of. */
export const won = (days: number[], amount: number): DealSpec[] =>
  days.map((ago) => ({ ago, amount }));
