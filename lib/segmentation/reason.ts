/** A rule's reason: what fired, the value, the threshold (when it has one) and one sentence. */
import type { Reason } from './types';

export const reasonFor =
  (decides: Reason['decides']) =>
  (
    rule: string,
    value: Reason['value'],
    threshold: number | string | undefined,
    text: string,
  ): Reason =>
    threshold === undefined
      ? { rule, decides, value, text }
      : { rule, decides, value, threshold, text };
