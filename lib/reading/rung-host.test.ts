// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { BADGE_TAG } from '../dom/batched-observer';
import { isRungHost, pageChildren, RUNG_HOST_TAG } from './rung-host';

describe("Rung's badge hosts are not page content", () => {
  it('uses the tag the badge mounter creates', () => {
    expect(RUNG_HOST_TAG).toBe(BADGE_TAG);
  });

  it('skips a host inserted among table cells', () => {
    const row = document.createElement('tr');
    row.innerHTML = '<th>Clara Vogel</th><td>a</td><td>b</td>';
    const host = document.createElement(BADGE_TAG);
    host.setAttribute('data-rung-key', 'woocommerce|shop|clara');
    row.firstElementChild?.after(host);
    expect(row.children).toHaveLength(4);
    expect(pageChildren(row).map((c) => c.textContent)).toEqual(['Clara Vogel', 'a', 'b']);
    expect(isRungHost(host)).toBe(true);
    expect(isRungHost(row.firstElementChild as Element)).toBe(false);
  });
});
