/**
 * The popup's override form as plain data: what the inputs hold, how it becomes an
 * `OverrideInput`, and what is wrong with it. Kept apart from the view so the rules
 * (a reason is required, at least one of stage or category, an expiry in the future)
 * are tested without a DOM, and match what the background will accept.
 */
import type { Override, OverrideInput, OverrideMode } from '../../lib/messages/protocol';
import type { CustomerKey } from '../../lib/domain/profile';
import { CATEGORIES, STAGES, type Category, type Stage } from '../../lib/segmentation/types';

export interface OverrideDraft {
  stage: string;
  category: string;
  reason: string;
  mode: OverrideMode;
  /** 'YYYY-MM-DD' from the date input, or ''. */
  expiresAt: string;
}

export type DraftProblem =
  'override_error_nothing' | 'override_error_reason' | 'override_error_expiry';

export function draftFrom(override: Override | null): OverrideDraft {
  return {
    stage: override?.stage ?? '',
    category: override?.category ?? '',
    reason: override?.reason ?? '',
    mode: override?.mode ?? 'pin',
    expiresAt: override?.expiresAt?.slice(0, 10) ?? '',
  };
}

const isStage = (value: string): value is Stage => (STAGES as readonly string[]).includes(value);
const isCategory = (value: string): value is Category =>
  (CATEGORIES as readonly string[]).includes(value);

/** Problems as message keys, empty when the draft can be saved. `today` is 'YYYY-MM-DD'. */
export function draftProblems(draft: OverrideDraft, today: string): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (!isStage(draft.stage) && !isCategory(draft.category)) problems.push('override_error_nothing');
  if (!draft.reason.trim()) problems.push('override_error_reason');
  if (
    draft.expiresAt &&
    !(/^\d{4}-\d{2}-\d{2}$/.test(draft.expiresAt) && draft.expiresAt > today)
  ) {
    problems.push('override_error_expiry');
  }
  return problems;
}

export function toOverrideInput(key: CustomerKey, draft: OverrideDraft): OverrideInput {
  return {
    key,
    ...(isStage(draft.stage) ? { stage: draft.stage } : {}),
    ...(isCategory(draft.category) ? { category: draft.category } : {}),
    reason: draft.reason.trim().slice(0, 1000),
    mode: draft.mode,
    // End of the chosen day in UTC: "until the 5th" includes the 5th.
    ...(draft.expiresAt ? { expiresAt: `${draft.expiresAt}T23:59:59.999Z` } : {}),
  };
}
