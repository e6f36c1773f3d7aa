import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../lib/segmentation/settings';
import { buildSettings, stateFromSettings } from './optionsState';
import { createFormat } from '../../lib/format/format';

const en = createFormat('en');

describe('options state', () => {
  it('builds the unchanged defaults back', () => {
    const built = buildSettings(defaultSettings, stateFromSettings(defaultSettings, 'Ola', en));
    expect(built).toEqual({ ok: true, settings: defaultSettings });
  });

  it('writes changed numbers, vocabulary and labels, dropping blank playbook lines', () => {
    const state = stateFromSettings(defaultSettings, '', en);
    state.numbers['stage.repeatMinOrders'] = '3';
    state.numbers['costs.grossMargin'] = '55';
    state.vocabulary = 'one-page';
    state.labels.devoted = { classic: 'Fans', onePage: 'Tribe' };
    state.playbook.categories.dead.actions = ['Collect the debt', '', '  '];
    const built = buildSettings(defaultSettings, state);
    if (!built.ok) throw new Error(JSON.stringify(built.problems));
    const settings = built.settings as typeof defaultSettings;
    expect(settings.stage.repeatMinOrders).toBe(3);
    expect(settings.costs.grossMargin).toBe(0.55);
    expect(settings.vocabulary).toBe('one-page');
    expect(settings.labels.devoted.classic).toBe('Fans');
    expect(settings.playbook.categories.dead.actions).toEqual(['Collect the debt']);
  });

  it('reports a field out of range by its path, as a message key', () => {
    const state = stateFromSettings(defaultSettings, '', en);
    state.numbers['stage.repeatMinOrders'] = '0';
    const built = buildSettings(defaultSettings, state);
    expect(built).toEqual({
      ok: false,
      problems: {
        'stage.repeatMinOrders': { key: 'settings_error_range', substitutions: ['2', '1000'] },
      },
    });
  });

  it('refuses a client threshold below the repeat threshold, naming the other field', () => {
    const state = stateFromSettings(defaultSettings, '', en);
    state.numbers['stage.repeatMinOrders'] = '5';
    state.numbers['stage.clientMinOrders'] = '4';
    expect(buildSettings(defaultSettings, state)).toEqual({
      ok: false,
      problems: {
        'stage.clientMinOrders': {
          key: 'settings_error_at_least',
          substitutions: ['setting_stage_repeat_min_orders', '5'],
        },
      },
    });
    state.numbers['stage.clientMinOrders'] = '5';
    expect(buildSettings(defaultSettings, state).ok).toBe(true);
  });

  it('needs the profitable percentile strictly above the unprofitable one', () => {
    const state = stateFromSettings(defaultSettings, '', en);
    state.numbers['subgroup.unprofitablePercentile'] = '67';
    const built = buildSettings(defaultSettings, state);
    expect(built.ok).toBe(false);
    state.numbers['subgroup.unprofitablePercentile'] = '66';
    expect(buildSettings(defaultSettings, state).ok).toBe(true);
  });
});
