import { describe, expect, it } from 'vitest';
import type { Classification } from '../segmentation/types';
import type { Applied } from './apply-override';
import { historyEntries } from './history-diff';
import { fakeClassify } from './test-support/fake-classifier';

/** A real-shaped classification (the fake classifier's), with the parts these tests need. */
const classification = (over: Partial<Classification>): Classification => ({
  ...fakeClassify(
    { key: { crm: 'shopify', account: 's', id: '1' } },
    AT,
    {
      repeatMinOrders: 2,
      vocabulary: 'classic',
    },
    null,
  ),
  ...over,
});

const AT = '2026-03-01T12:00:00.000Z';
const say = { key: 'why_stage_repeat', args: [{ kind: 'number' as const, value: 3 }] };

function applied(over: Partial<Applied> = {}): Applied {
  const effective = classification({
    stage: 'repeat',
    category: 'core',
    reasons: [
      {
        rule: 'stage.repeat',
        decides: 'stage',
        value: 3,
        threshold: 2,
        say,
      },
      {
        rule: 'category.core',
        decides: 'category',
        value: null,
        say: { key: 'why_core', args: [] },
      },
    ],
  });
  return {
    automatic: effective,
    effective,
    active: null,
    overridden: false,
    stageFromOverride: false,
    categoryFromOverride: false,
    disagrees: false,
    ...over,
  };
}

describe('history entries', () => {
  it("records the deciding rule's sentence", () => {
    const entries = historyEntries({ stage: 'first-time', category: null }, applied(), AT);
    expect(entries).toEqual([
      {
        at: AT,
        field: 'stage',
        from: 'first-time',
        to: 'repeat',
        source: 'automatic',
        why: say,
      },
      {
        at: AT,
        field: 'category',
        from: null,
        to: 'core',
        source: 'automatic',
        why: { key: 'why_core', args: [] },
      },
    ]);
  });

  it("keeps staff's own words for a change they made, and adds nothing when nothing changed", () => {
    const manual = applied({
      active: { stage: 'repeat', reason: 'met at the fair', mode: 'pin', by: 'Eve', at: AT },
      overridden: true,
      stageFromOverride: true,
    });
    const [entry] = historyEntries({ stage: 'prospect', category: 'core' }, manual, AT);
    expect(entry).toMatchObject({ source: 'manual', note: 'Eve: met at the fair' });
    expect(entry?.why).toBeUndefined();
    expect(historyEntries({ stage: 'repeat', category: 'core' }, applied(), AT)).toEqual([]);
  });
});

describe('history in a backup', () => {
  it('restores an entry with its translatable sentence, and refuses a malformed one', async () => {
    const { historyEntrySchema } = await import('./export/backup-schema');
    const [entry] = historyEntries({ stage: 'first-time', category: 'core' }, applied(), AT);
    expect(historyEntrySchema.parse(entry)).toEqual(entry);
    const hostile = { ...entry, why: { key: '<img onerror=x>', args: [] } };
    expect(historyEntrySchema.safeParse(hostile).success).toBe(false);
  });

  it('reads entries of a backup written before reasons were sentences only', async () => {
    const { historyEntrySchema } = await import('./export/backup-schema');
    const base = { at: AT, field: 'stage', from: null, to: 'repeat' } as const;
    // An automatic change with both forms keeps the sentence; one without keeps its words.
    expect(
      historyEntrySchema.parse({ ...base, source: 'automatic', why: 'repeat: 3 ≥ 2', whySay: say }),
    ).toEqual({ ...base, source: 'automatic', why: say });
    expect(
      historyEntrySchema.parse({ ...base, source: 'automatic', why: 'repeat: 3 ≥ 2' }),
    ).toEqual({ ...base, source: 'automatic', note: 'repeat: 3 ≥ 2' });
    expect(historyEntrySchema.parse({ ...base, source: 'manual', why: 'Eve: fair' })).toEqual({
      ...base,
      source: 'manual',
      note: 'Eve: fair',
    });
  });
});
