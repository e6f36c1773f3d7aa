/**
 * Picking on a page Rung does not own: in the capture phase, before the CRM's own handlers,
 * the element under the pointer is outlined and a click picks it instead of following a
 * link or opening a record (preventDefault + stopPropagation on the whole press). Events in
 * the picker's own shadow root pass untouched, so its buttons and inputs work as usual.
 */
export interface PointerHandlers {
  /** Whether clicks on the page pick right now (the field steps), or pass through. */
  picking(): boolean;
  hover(target: Element | null): void;
  pick(target: Element): void;
  cancel(): void;
}

const PRESS_EVENTS = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'auxclick', 'dblclick'];

export function watchPointer(host: Element, handlers: PointerHandlers, signal: AbortSignal): void {
  const win = host.ownerDocument.defaultView;
  if (!win) return;
  const options = { capture: true, signal };
  const onPage = (event: Event): Element | null => {
    if (event.composedPath().includes(host)) return null;
    return event.target instanceof Element ? event.target : null;
  };

  win.addEventListener(
    'mousemove',
    (event) => handlers.hover(handlers.picking() ? onPage(event) : null),
    options,
  );
  // The outline is placed once per move; a scrolled page would leave it over the wrong thing.
  win.addEventListener('scroll', () => handlers.hover(null), { ...options, passive: true });
  const swallow = (event: Event) => {
    if (!handlers.picking() || !onPage(event)) return;
    event.preventDefault();
    event.stopPropagation();
    event.stopImmediatePropagation();
  };
  for (const type of PRESS_EVENTS) win.addEventListener(type, swallow, options);
  win.addEventListener(
    'click',
    (event) => {
      const target = handlers.picking() ? onPage(event) : null;
      if (!target) return;
      swallow(event);
      handlers.pick(target);
    },
    options,
  );
  win.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        handlers.cancel();
      }
    },
    options,
  );
}
