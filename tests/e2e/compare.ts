/**
 * Compares the badges found on a page with the demo's expectations. Pure, so the demo
 * runner and the browser tests share it and a unit test pins it down.
 */
import type { ExpectedBadge } from '../demo-crm/data/expected';
import type { FoundBadge } from './badges';

export interface BadgeCheck {
  expected: ExpectedBadge;
  /** The badge found for this customer (the first, when there are several). */
  found: FoundBadge | null;
  /** How many badges the customer got on this page (a list row must get exactly one). */
  count: number;
  problem: string | null;
}

export function checkBadges(
  kind: 'list' | 'record',
  expected: readonly ExpectedBadge[],
  found: readonly FoundBadge[],
): BadgeCheck[] {
  return expected.map((exp) => {
    const mine =
      kind === 'record'
        ? found.slice(0, 1)
        : found.filter((b) => b.rowLinks.includes(exp.recordPath));
    const count = kind === 'record' ? found.length : mine.length;
    const first = mine[0] ?? null;
    return { expected: exp, found: first, count, problem: problemOf(exp, first, count) };
  });
}

function problemOf(exp: ExpectedBadge, found: FoundBadge | null, count: number): string | null {
  if (!found) return 'no badge';
  if (count > 1) return `${count} badges instead of one`;
  if (found.state !== 'ready') return `badge state ${found.state ?? 'missing'}`;
  const wrong: string[] = [];
  if (found.stage !== exp.stage) wrong.push(`stage ${found.stage ?? '∅'} ≠ ${exp.stage}`);
  if (found.category !== exp.category)
    wrong.push(`category ${found.category ?? '∅'} ≠ ${exp.category}`);
  return wrong.length > 0 ? wrong.join(', ') : null;
}
