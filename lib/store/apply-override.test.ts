import { describe, expect, it } from 'vitest';
import type { Override } from '../domain/records';
import type { Sentence, Stage } from '../segmentation/types';
import { applyOverride } from './apply-override';
import { historyEntries } from './history-diff';
import { fakeClassifier, fakeClassify } from './test-support/fake-classifier';

const NOW = new Date('2026-03-01T12:00:00Z');
const settings = fakeClassifier.defaultSettings() as {
  repeatMinOrders: number;
  vocabulary: 'classic';
};
const orders = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `${i}`, placedAt: '2026-02-01', total: 10 }));
const auto = (n: number) =>
  fakeClassify(
    { key: { crm: 'x', account: 'y', id: '1' }, orders: orders(n) },
    '2026-03-01',
    settings,
    null,
  );
const override = (o: Partial<Override>): Override => ({
  reason: 'staff knows',
  mode: 'pin',
  by: 'Eve',
  at: '2026-02-01T00:00:00Z',
  ...o,
});
const apply = (n: number, o: Override | null) =>
  applyOverride(auto(n), o, NOW, fakeClassifier, settings);

describe('applyOverride', () => {
  it('without an override shows the automatic result unflagged', () => {
    const applied = apply(2, null);
    expect(applied.effective).toEqual(auto(2));
    expect(applied).toMatchObject({ overridden: false, disagrees: false, active: null });
  });

  it('a pin replaces the stage even when the automatic stage is higher', () => {
    const applied = apply(4, override({ stage: 'first-time' }));
    expect(auto(4).stage).toBe('client');
    expect(applied.effective.stage).toBe('first-time');
    expect(applied).toMatchObject({ overridden: true, disagrees: true, stageFromOverride: true });
  });

  it.each<[number, Stage, Stage, boolean]>([
    // automatic orders, floor stage, shown stage, override decides
    [1, 'repeat', 'repeat', true], // automatic first-time is below the floor: floor holds
    [2, 'repeat', 'repeat', false], // equal: the automatic result already meets it
    [4, 'repeat', 'client', false], // automatic client rises above the floor
  ])(
    'a floor never lets the stage fall below it (%i orders, floor %s)',
    (n, floor, shown, decides) => {
      const applied = apply(n, override({ stage: floor, mode: 'floor' }));
      expect(applied.effective.stage).toBe(shown);
      expect(applied.stageFromOverride).toBe(decides);
    },
  );

  it('a category pin keeps the automatic stage and relabels the category', () => {
    const applied = apply(2, override({ category: 'dead' }));
    expect(applied.effective).toMatchObject({
      stage: 'repeat',
      category: 'dead',
      labels: { classic: 'Dead' },
    });
    expect(applied.effective.treatment.headline).toBe('repeat/dead');
    expect(applied.disagrees).toBe(true);
  });

  it('an override that agrees with the automatic result is not flagged as disagreeing', () => {
    expect(apply(2, override({ stage: 'repeat' })).disagrees).toBe(false);
  });

  it('stops applying the moment it expires', () => {
    const justBefore = override({ stage: 'partner', expiresAt: '2026-03-01T12:00:00.001Z' });
    const atExpiry = override({ stage: 'partner', expiresAt: '2026-03-01T12:00:00.000Z' });
    expect(apply(1, justBefore).effective.stage).toBe('partner');
    expect(apply(1, atExpiry).effective.stage).toBe('first-time');
    expect(apply(1, atExpiry).active).toBeNull();
  });
});

describe('historyEntries', () => {
  it('records a manual change with the override reason and an automatic one with the top rule', () => {
    const manual = historyEntries(
      { stage: 'first-time', category: 'core' },
      apply(1, override({ stage: 'client' })),
      'T',
    );
    expect(manual).toEqual([
      {
        at: 'T',
        field: 'stage',
        from: 'first-time',
        to: 'client',
        source: 'manual',
        note: 'Eve: staff knows',
      },
    ]);
    const automatic = historyEntries({ stage: null, category: null }, apply(2, null), 'T');
    const words = (say: Sentence | undefined) => say?.args.map((a) => a.value);
    expect(automatic.map((e) => [e.field, e.from, e.to, e.source, words(e.why)])).toEqual([
      ['stage', null, 'repeat', 'automatic', ['repeat: 2 orders']],
      ['category', null, 'core', 'automatic', ['core: 28 days idle']],
    ]);
  });

  it('adds nothing when neither stage nor category changed', () => {
    expect(historyEntries({ stage: 'repeat', category: 'core' }, apply(2, null), 'T')).toEqual([]);
  });
});
