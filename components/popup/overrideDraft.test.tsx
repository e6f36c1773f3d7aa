import { describe, expect, it } from 'vitest';
import { draftFrom, draftProblems, toOverrideInput, type OverrideDraft } from './overrideDraft';

const key = { crm: 'hubspot', account: '1', id: '2' };
const base: OverrideDraft = {
  stage: 'client',
  category: '',
  reason: 'Known VIP',
  mode: 'pin',
  expiresAt: '',
};

describe('override draft', () => {
  it('accepts a stage with a reason', () => {
    expect(draftProblems(base, '2026-11-23')).toEqual([]);
  });

  it('needs a stage or a category, and a non-blank reason', () => {
    expect(draftProblems({ ...base, stage: '', reason: '   ' }, '2026-11-23')).toEqual([
      'override_error_nothing',
      'override_error_reason',
    ]);
    expect(draftProblems({ ...base, stage: '', category: 'dead' }, '2026-11-23')).toEqual([]);
  });

  it('refuses unknown stage values as if none were chosen', () => {
    expect(draftProblems({ ...base, stage: 'emperor' }, '2026-11-23')).toEqual([
      'override_error_nothing',
    ]);
  });

  it('accepts an expiry after today and refuses today or earlier', () => {
    expect(draftProblems({ ...base, expiresAt: '2026-11-24' }, '2026-11-23')).toEqual([]);
    expect(draftProblems({ ...base, expiresAt: '2026-11-23' }, '2026-11-23')).toEqual([
      'override_error_expiry',
    ]);
    expect(draftProblems({ ...base, expiresAt: 'soon' }, '2026-11-23')).toEqual([
      'override_error_expiry',
    ]);
  });

  it('builds the message payload, trimming the reason and ending the expiry day', () => {
    expect(
      toOverrideInput(key, {
        ...base,
        category: 'devoted',
        reason: '  VIP  ',
        mode: 'floor',
        expiresAt: '2027-01-05',
      }),
    ).toEqual({
      key,
      stage: 'client',
      category: 'devoted',
      reason: 'VIP',
      mode: 'floor',
      expiresAt: '2027-01-05T23:59:59.999Z',
    });
    expect(toOverrideInput(key, { ...base, stage: '', category: 'dead' })).toEqual({
      key,
      category: 'dead',
      reason: 'Known VIP',
      mode: 'pin',
    });
  });

  it('starts from the existing override', () => {
    expect(
      draftFrom({
        stage: 'advocate',
        reason: 'refers friends',
        mode: 'floor',
        by: 'Ola',
        at: '2026-11-01T00:00:00Z',
        expiresAt: '2027-02-01T23:59:59.999Z',
      }),
    ).toEqual({
      stage: 'advocate',
      category: '',
      reason: 'refers friends',
      mode: 'floor',
      expiresAt: '2027-02-01',
    });
    expect(draftFrom(null).mode).toBe('pin');
  });
});
