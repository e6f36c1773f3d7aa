import { describe, expect, it } from 'vitest';
import { TIP_GAP, tipPosition } from './tip-position';

const viewport = { width: 1000, height: 800 };
const tip = { width: 200, height: 80 };
const pill = (top: number, left: number) => ({ top, bottom: top + 20, left, right: left + 70 });

describe('tip position', () => {
  it('goes below the pill, from its leading edge', () => {
    expect(tipPosition(pill(100, 300), tip, viewport, 'ltr')).toEqual({
      top: 120 + TIP_GAP,
      left: 300,
    });
    expect(tipPosition(pill(100, 300), tip, viewport, 'rtl')).toEqual({
      top: 120 + TIP_GAP,
      left: 370 - 200,
    });
  });

  it('goes above when there is no room below, and stays below when there is none above either', () => {
    expect(tipPosition(pill(750, 300), tip, viewport, 'ltr').top).toBe(750 - TIP_GAP - 80);
    const tall = { width: 200, height: 790 };
    expect(tipPosition(pill(10, 300), tall, viewport, 'ltr').top).toBe(30 + TIP_GAP);
  });

  it('stays inside the viewport at both edges', () => {
    expect(tipPosition(pill(100, 950), tip, viewport, 'ltr').left).toBe(1000 - 4 - 200);
    expect(tipPosition(pill(100, 0), tip, viewport, 'rtl').left).toBe(4);
  });
});
