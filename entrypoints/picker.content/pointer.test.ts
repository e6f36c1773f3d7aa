// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountPicker, placeOutline, PICKER_TAG } from './mount';
import { watchPointer, type PointerHandlers } from './pointer';

// Listeners live on window: each test's watch is aborted after it, or it would pick the next's clicks.
const watches: AbortController[] = [];

function setup(picking = true) {
  document.body.innerHTML =
    '<table><tr><td><a id="link" href="/customers/1">Ada</a></td></tr></table>';
  const mount = mountPicker(document, '.outline{}');
  const button = document.createElement('button');
  mount.panelRoot.append(button);
  const handlers: PointerHandlers = {
    picking: () => picking,
    hover: vi.fn(),
    pick: vi.fn(),
    cancel: vi.fn(),
  };
  const controller = new AbortController();
  watches.push(controller);
  watchPointer(mount.host, handlers, controller.signal);
  const link = document.getElementById('link')!;
  // The CRM's own handler, registered on the page: it must not see a picking click.
  const pageHandler = vi.fn();
  link.addEventListener('click', pageHandler);
  return { mount, button, handlers, controller, link, pageHandler };
}

const click = (el: Element) => {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
  el.dispatchEvent(event);
  return event;
};

afterEach(() => {
  watches.splice(0).forEach((c) => c.abort());
  document.documentElement.querySelectorAll(PICKER_TAG).forEach((el) => el.remove());
  document.body.innerHTML = '';
});

describe('watchPointer', () => {
  it('a click on the page picks the element and never reaches the CRM or follows the link', () => {
    const { handlers, link, pageHandler } = setup();
    const event = click(link);
    expect(handlers.pick).toHaveBeenCalledWith(link);
    expect(event.defaultPrevented).toBe(true);
    expect(pageHandler).not.toHaveBeenCalled();
  });

  it('outside the field steps clicks pass through untouched', () => {
    const { handlers, link, pageHandler } = setup(false);
    const event = click(link);
    expect(handlers.pick).not.toHaveBeenCalled();
    expect(event.defaultPrevented).toBe(false);
    expect(pageHandler).toHaveBeenCalledOnce();
  });

  it('clicks inside the picker’s own shadow root are not picks', () => {
    const { handlers, button } = setup();
    const onButton = vi.fn();
    button.addEventListener('click', onButton);
    const event = click(button);
    expect(handlers.pick).not.toHaveBeenCalled();
    expect(onButton).toHaveBeenCalledOnce();
    expect(event.defaultPrevented).toBe(false);
  });

  it('hover reports the page element, or null over the panel', () => {
    const { handlers, link, button } = setup();
    link.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, composed: true }));
    button.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, composed: true }));
    expect(vi.mocked(handlers.hover).mock.calls).toEqual([[link], [null]]);
    link.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, composed: true }));
    document.dispatchEvent(new Event('scroll'));
    expect(vi.mocked(handlers.hover).mock.calls.at(-1)).toEqual([null]);
  });

  it('Escape cancels; other keys do not; aborting removes every listener', () => {
    const { handlers, controller, link } = setup();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    expect(handlers.cancel).not.toHaveBeenCalled();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(handlers.cancel).toHaveBeenCalledOnce();
    controller.abort();
    click(link);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(handlers.pick).not.toHaveBeenCalled();
    expect(handlers.cancel).toHaveBeenCalledOnce();
  });
});

describe('mountPicker', () => {
  it('puts one zero-size host on <html>, outside the page body, and removes it', () => {
    const { mount } = setup();
    expect(mount.host.parentElement).toBe(document.documentElement);
    expect(mount.host.getAttribute('style')).toContain('width: 0; height: 0');
    expect(mount.host.shadowRoot?.querySelector('style')?.textContent).toBe('.outline{}');
    mount.remove();
    expect(document.querySelector(PICKER_TAG)).toBeNull();
  });

  it('places the outline from the target’s rectangle and hides it without one', () => {
    const { mount, link } = setup();
    link.getBoundingClientRect = () => ({ top: 10, left: 20, width: 30, height: 40 }) as DOMRect;
    placeOutline(mount.outline, link);
    expect(mount.outline.hidden).toBe(false);
    expect([
      mount.outline.style.top,
      mount.outline.style.left,
      mount.outline.style.width,
      mount.outline.style.height,
    ]).toEqual(['10px', '20px', '30px', '40px']);
    expect(link.getAttribute('style')).toBeNull(); // the page's element is never styled
    placeOutline(mount.outline, null);
    expect(mount.outline.hidden).toBe(true);
  });
});
