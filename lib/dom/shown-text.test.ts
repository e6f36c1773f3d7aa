// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { shownTextOf } from './shown-text';

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('shownTextOf', () => {
  it('reads the text around scripts and styles, leaving them out', () => {
    document.body.innerHTML =
      '<p id="p">Ann <script>var x = 1</script><b>Lee<style>b{}</style></b><noscript>no</noscript></p>';
    expect(shownTextOf(document.getElementById('p')!)).toBe('Ann Lee');
  });

  it('copies nothing of the page (a copied <img onerror> would run the handler again)', () => {
    document.body.innerHTML = '<p id="p">Ann<img src="x.png"><script>1</script></p>';
    const clone = vi.spyOn(Node.prototype, 'cloneNode');
    expect(shownTextOf(document.getElementById('p')!)).toBe('Ann');
    expect(clone).not.toHaveBeenCalled();
  });

  it('reads nothing of a script element itself', () => {
    document.body.innerHTML = '<script id="s">secret()</script>';
    expect(shownTextOf(document.getElementById('s')!)).toBe('');
  });
});
