import { describe, expect, it } from 'vitest';
import { createFormat } from '../../lib/format/format';
import { defaultSettings } from '../../lib/segmentation/settings';
import { settingFields, settingField } from '../../lib/segmentation/setting-fields';
import {
  applyDraft,
  draftFromSettings,
  groupMessageKey,
  parseField,
  settingMessageKey,
} from './settingDraft';

const field = (path: string) => {
  const found = settingField(path);
  if (!found) throw new Error(`no field ${path}`);
  return found;
};

describe('settings draft', () => {
  it('shows shares as percentages and counts as they are', () => {
    const draft = draftFromSettings(settingFields, defaultSettings, createFormat('en'));
    expect(draft['stage.repeatMinOrders']).toBe('2');
    expect(draft['costs.grossMargin']).toBe('40');
    expect(draft['demanding.supportCostShare']).toBe('30');
    expect(draft['demanding.ticketsPerOrder']).toBe('0.5');
  });

  it('round-trips the defaults without a problem or a change', () => {
    const draft = draftFromSettings(settingFields, defaultSettings, createFormat('en'));
    const { settings, problems } = applyDraft(settingFields, defaultSettings, draft);
    expect(problems).toEqual({});
    expect(settings).toEqual(defaultSettings);
  });

  it('accepts the bounds and refuses just outside them', () => {
    const repeat = field('stage.repeatMinOrders'); // 2..1000
    expect(parseField(repeat, '2')).toBe(2);
    expect(parseField(repeat, '1000')).toBe(1000);
    expect(parseField(repeat, '1')).toEqual({
      key: 'settings_error_range',
      substitutions: ['2', '1000'],
    });
    expect(parseField(repeat, '1001')).toMatchObject({ key: 'settings_error_range' });
    const margin = field('costs.grossMargin'); // 0..1 stored, 0..100 shown
    expect(parseField(margin, '100')).toBe(1);
    expect(parseField(margin, '100.5')).toEqual({
      key: 'settings_error_range',
      substitutions: ['0', '100'],
    });
  });

  it('names the problem: empty, not a number, not whole', () => {
    const repeat = field('stage.repeatMinOrders');
    expect(parseField(repeat, ' ')).toMatchObject({ key: 'settings_error_required' });
    expect(parseField(repeat, '2e3')).toMatchObject({ key: 'settings_error_not_number' });
    expect(parseField(repeat, '<script>')).toMatchObject({ key: 'settings_error_not_number' });
    expect(parseField(repeat, '2.5')).toMatchObject({ key: 'settings_error_integer' });
  });

  it('accepts Persian and Arabic-Indic digits and the Arabic decimal mark', () => {
    expect(parseField(field('stage.repeatMinOrders'), '۳')).toBe(3);
    expect(parseField(field('stage.clientMinTenureDays'), '١٨٠')).toBe(180);
    expect(parseField(field('demanding.ticketsPerOrder'), '۰٫۷۵')).toBe(0.75);
  });

  it.each(['pl', 'ru', 'fa'])(
    'writes every field in %s as the user would, and reads it back',
    (lang) => {
      const draft = draftFromSettings(settingFields, defaultSettings, createFormat(lang));
      if (lang === 'fa') {
        expect(draft['stage.repeatMinOrders']).toBe('۲');
        expect(draft['demanding.ticketsPerOrder']).toBe('۰٫۵');
      } else expect(draft['demanding.ticketsPerOrder']).toBe('0,5');
      const { settings, problems } = applyDraft(settingFields, defaultSettings, draft);
      expect(problems).toEqual({});
      expect(settings).toEqual(defaultSettings);
    },
  );

  it('reads a negative number as Intl writes it in Persian (marks and U+2212 minus)', () => {
    // No setting takes a negative value today; a field that would, to check the reader.
    const signed = { ...field('stage.repeatMinOrders'), min: -10 };
    expect(createFormat('fa').editable(-5)).toBe('\u200e\u2212۵');
    expect(parseField(signed, createFormat('fa').editable(-5))).toBe(-5);
  });

  it('accepts a decimal comma', () => {
    expect(parseField(field('demanding.ticketsPerOrder'), '0,75')).toBe(0.75);
    expect(parseField(field('costs.grossMargin'), '35,5')).toBe(0.355);
  });

  it('keeps the rest of the settings and reports bad fields by path', () => {
    const draft = {
      ...draftFromSettings(settingFields, defaultSettings, createFormat('en')),
      'stage.clientMinOrders': '-1',
    };
    const { settings, problems } = applyDraft(settingFields, defaultSettings, draft);
    expect(Object.keys(problems)).toEqual(['stage.clientMinOrders']);
    expect(settings.vocabulary).toBe('classic');
    expect((settings.stage as Record<string, number>).clientMinOrders).toBe(4);
  });

  it('turns paths into browser-safe message names', () => {
    expect(settingMessageKey('stage.repeatMinOrders')).toBe('setting_stage_repeat_min_orders');
    expect(groupMessageKey('discountSeeker')).toBe('setting_group_discount_seeker');
  });
});
