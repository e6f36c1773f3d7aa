// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { BADGE_HOST_ATTR, createBadgeHost } from '../dom/badge-host';
import { isRungHost, pageChildren } from './rung-host';

describe("Rung's badge hosts are not page content", () => {
  it('skips a host inserted among table cells', () => {
    const row = document.createElement('tr');
    row.innerHTML = '<th>Clara Vogel</th><td>a</td><td>b</td>';
    const { host } = createBadgeHost([]);
    row.firstElementChild?.after(host);
    expect(row.children).toHaveLength(4);
    expect(pageChildren(row).map((c) => c.textContent)).toEqual(['Clara Vogel', 'a', 'b']);
    expect(isRungHost(host)).toBe(true);
    expect(isRungHost(row.firstElementChild as Element)).toBe(false);
  });

  it('reads a page cell that merely looks like a host', () => {
    const cell = document.createElement('td');
    cell.setAttribute(BADGE_HOST_ATTR, '');
    expect(isRungHost(cell)).toBe(false);
  });
});
