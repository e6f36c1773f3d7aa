import { describe, expect, it } from 'vitest';
import {
  classify,
  defaultSettings,
  resolveSettings,
  settingFields,
  settingsSchema,
  SettingsError,
  validateSettings,
} from '../index';
import { AS_OF, profile } from './build';

/** A partial settings object setting one dotted path. */
function at(path: string, value: unknown): Record<string, unknown> {
  const [group, key] = path.split('.') as [string, string];
  return { [group]: { [key]: value } };
}

describe('default settings', () => {
  it('are valid and carry version 1', () => {
    expect(settingsSchema.safeParse(defaultSettings).success).toBe(true);
    expect(defaultSettings.version).toBe(1);
  });
  it('hold the defaults of SEGMENTATION.md', () => {
    expect(defaultSettings.stage).toEqual({
      repeatMinOrders: 2,
      clientMinOrders: 4,
      clientMinTenureDays: 180,
      advocateMinReferrals: 1,
      advocateMinNps: 9,
      partnerMinReferrals: 3,
    });
    expect(defaultSettings.dead).toEqual({
      daysSinceLastOrder: 365,
      daysWithUnpaidBalance: 180,
      pAliveThreshold: 0.1,
    });
    expect(defaultSettings.demanding).toEqual({
      ticketsPerOrder: 0.5,
      latePayments: 2,
      supportCostShare: 0.3,
    });
    expect(defaultSettings.discountSeeker).toEqual({
      discountShare: 0.5,
      aovPercentile: 40,
      fallbackAov: 50,
    });
    expect(defaultSettings.devoted.noDiscountWithinDays).toBe(365);
    expect(defaultSettings.highPotential).toEqual({
      percentile: 95,
      fallbackNetRevenue: 5000,
      fallbackLargestOrder: 2000,
      openDealAmount: 10_000,
    });
    expect(defaultSettings.percentiles.minCustomers).toBe(20);
    expect(defaultSettings.costs).toEqual({ grossMargin: 0.4, supportCostPerTicket: 15 });
    expect(defaultSettings.subgroup).toMatchObject({
      fallbackProfitableAtOrAbove: 500,
      fallbackUnprofitableAtOrBelow: 0,
    });
    expect(defaultSettings.model.monthlyDiscountRate).toBe(0.01);
  });
  it('are frozen, so no caller can change them for everyone', () => {
    expect(Object.isFrozen(defaultSettings.stage)).toBe(true);
    expect(Object.isFrozen(defaultSettings.playbook.categories.dead.actions)).toBe(true);
  });
});

describe('every numeric field: bounds enforced on both sides, described for the options page', () => {
  it('describes every numeric setting, once', () => {
    const paths = settingFields.map((f) => f.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const [group, values] of Object.entries(defaultSettings)) {
      if (typeof values !== 'object' || group === 'labels' || group === 'playbook') continue;
      for (const [key, v] of Object.entries(values as Record<string, unknown>)) {
        if (typeof v === 'number') expect(paths).toContain(`${group}.${key}`);
      }
    }
  });

  it.each(settingFields.map((f) => [f.path, f] as const))('%s', (path, f) => {
    // Each bound alone (other fields at their defaults may clash through cross-field
    // rules, which are tested below), so check the field's own issue only.
    const issuesFor = (v: unknown) => {
      const r = validateSettings(at(path, v));
      const crossField = / must be (at least|above) /;
      return r.ok ? [] : r.errors.filter((e) => e.path === path && !crossField.test(e.message));
    };
    expect(issuesFor(f.min)).toEqual([]);
    expect(issuesFor(f.max)).toEqual([]);
    const below = issuesFor(f.min - f.step);
    expect(below).toHaveLength(1);
    expect(below[0]?.message).toContain(path);
    expect(below[0]?.message).toContain(`from ${f.min} to ${f.max}`);
    expect(issuesFor(f.max + f.step)).toHaveLength(1);
    expect(issuesFor('12')).toHaveLength(1);
    expect(issuesFor(Number.NaN)).toHaveLength(1);
    if (f.integer) expect(issuesFor(f.min + 0.5)).toHaveLength(1);
    expect(f.group).toBe(path.split('.')[0]);
    expect(f.labelKey).toBe(`settings.${path}`);
  });
});

describe('merging and validation', () => {
  it('merges a partial object over the defaults', () => {
    const s = resolveSettings({ stage: { repeatMinOrders: 3 }, vocabulary: 'one-page' });
    expect(s.stage.repeatMinOrders).toBe(3);
    expect(s.stage.clientMinOrders).toBe(4);
    expect(s.vocabulary).toBe('one-page');
    expect(s.playbook).toEqual(defaultSettings.playbook);
  });

  it('refuses a margin above 100 % naming the field and the range', () => {
    expect(() => resolveSettings({ costs: { grossMargin: 1.2 } })).toThrow(SettingsError);
    expect(() => resolveSettings({ costs: { grossMargin: 1.2 } })).toThrow(
      'costs.grossMargin must be a number from 0 to 1 (got 1.2)',
    );
  });

  it('refuses a negative count', () => {
    const r = validateSettings({ demanding: { latePayments: -1 } });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors).toEqual([
        {
          path: 'demanding.latePayments',
          message: 'demanding.latePayments must be an integer from 1 to 1000 (got -1)',
        },
      ]);
  });

  it('refuses a client threshold below the repeat threshold, and accepts equal', () => {
    const bad = validateSettings({ stage: { repeatMinOrders: 5, clientMinOrders: 4 } });
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.errors[0]).toEqual({
        path: 'stage.clientMinOrders',
        message: 'stage.clientMinOrders (4) must be at least stage.repeatMinOrders (5)',
      });
    expect(validateSettings({ stage: { repeatMinOrders: 4, clientMinOrders: 4 } }).ok).toBe(true);
  });

  it('refuses partner referrals below advocate referrals and crossed subgroup bounds', () => {
    const r = validateSettings({
      stage: { advocateMinReferrals: 4, partnerMinReferrals: 3 },
      subgroup: {
        unprofitablePercentile: 70,
        profitablePercentile: 70,
        fallbackUnprofitableAtOrBelow: 600,
      },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.map((e) => e.path).sort()).toEqual([
        'stage.partnerMinReferrals',
        'subgroup.fallbackProfitableAtOrAbove',
        'subgroup.profitablePercentile',
      ]);
    }
  });

  it('reports every bad field at once', () => {
    const r = validateSettings({
      stage: { repeatMinOrders: 0 },
      dead: { pAliveThreshold: 2 },
      vocabulary: 'pirate',
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.map((e) => e.path)).toEqual([
        'stage.repeatMinOrders',
        'dead.pAliveThreshold',
        'vocabulary',
      ]);
      expect(r.errors[2]?.message).toBe("vocabulary must be 'classic' or 'one-page'");
    }
  });

  it('refuses a wrong version and a non-object', () => {
    expect(validateSettings({ version: 2 }).ok).toBe(false);
    expect(validateSettings('settings').ok).toBe(false);
    expect(validateSettings([1, 2]).ok).toBe(false);
    expect(validateSettings(null).ok).toBe(true);
  });

  it('drops prototype keys instead of polluting objects', () => {
    const hostile = JSON.parse(
      '{"__proto__": {"polluted": true}, "stage": {"constructor": 1}}',
    ) as unknown;
    const r = validateSettings(hostile);
    expect(r.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('edits texts through settings: labels, playbook and 4 A lines', () => {
    const c = classify(profile(), {
      asOf: AS_OF,
      settings: {
        labels: { unrated: { classic: 'Nieoceniony', onePage: 'Nieoceniony' } },
        playbook: {
          stages: {
            suspect: {
              headline: 'Przyciągnij',
              actions: ['Odważne hasło'],
              fourA: 'Doceń zainteresowanie.',
            },
          },
        },
      },
    });
    expect(c.labels.classic).toBe('Nieoceniony');
    expect(c.treatment).toEqual({
      headline: 'Przyciągnij',
      actions: ['Odważne hasło'],
      fourA: 'Doceń zainteresowanie.',
    });
  });

  it('classify refuses invalid settings with the field in the message', () => {
    expect(() =>
      classify(profile(), { asOf: AS_OF, settings: { stage: { clientMinTenureDays: -1 } } }),
    ).toThrow(/stage\.clientMinTenureDays must be an integer from 0 to 3650/);
  });
});
