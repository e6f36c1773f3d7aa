import { describe, expect, it, vi } from 'vitest';
import { memoTranslate } from './memo-translate';

describe('memoTranslate', () => {
  it('asks once per key and substitutions, and keeps substitutions apart', () => {
    const inner = vi.fn((key: string, subs?: string[]) => `${key}:${(subs ?? []).join(',')}`);
    const t = memoTranslate(inner);
    expect(t('stage_repeat')).toBe('stage_repeat:');
    expect(t('stage_repeat')).toBe('stage_repeat:');
    expect(t('badge_label', ['Repeat', 'Core'])).toBe('badge_label:Repeat,Core');
    expect(t('badge_label', ['Client', 'Core'])).toBe('badge_label:Client,Core');
    expect(inner).toHaveBeenCalledTimes(3);
  });
});
