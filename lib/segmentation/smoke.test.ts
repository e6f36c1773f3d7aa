import { describe, expect, it } from 'vitest';
import { LADDER, STAGES } from './types';

describe('segmentation types', () => {
  it('lists every ladder rung as a stage', () => {
    for (const rung of LADDER) expect(STAGES).toContain(rung);
    expect(LADDER).not.toContain('disqualified');
  });
});
