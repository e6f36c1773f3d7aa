/** A category rule's reason: what fired, the value, the threshold and one sentence. */
import type { Reason } from './types';

export const reason = (
  rule: string,
  value: Reason['value'],
  threshold: number | string | undefined,
  text: string,
): Reason =>
  threshold === undefined
    ? { rule, decides: 'category', value, text }
    : { rule, decides: 'category', value, threshold, text };
