/**
 * The picker's own corner of the page: one `<rung-picker>` host on <html> (not <body>, so no
 * page layout rule or flex container ever places it), an open shadow root holding the
 * panel's styles, the panel and the hover outline. Nothing of the page is restyled: the
 * outline is our element, positioned over the target from its bounding rectangle.
 */
export const PICKER_TAG = 'rung-picker';

export interface PickerMount {
  host: HTMLElement;
  panelRoot: HTMLElement;
  outline: HTMLElement;
  remove(): void;
}

export function mountPicker(doc: Document, css: string): PickerMount {
  const host = doc.createElement(PICKER_TAG);
  // Zero-size and out of flow: the page's layout is the same with or without the picker.
  host.setAttribute(
    'style',
    'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647;',
  );
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const outline = doc.createElement('div');
  outline.className = 'outline';
  outline.hidden = true;
  const panelRoot = doc.createElement('div');
  shadow.append(style, outline, panelRoot);
  doc.documentElement.append(host);
  return { host, panelRoot, outline, remove: () => host.remove() };
}

/** Places the outline over `target` (or hides it); fixed positioning matches the viewport. */
export function placeOutline(outline: HTMLElement, target: Element | null): void {
  if (!target) {
    outline.hidden = true;
    return;
  }
  const r = target.getBoundingClientRect();
  outline.hidden = false;
  outline.style.top = `${r.top}px`;
  outline.style.left = `${r.left}px`;
  outline.style.width = `${r.width}px`;
  outline.style.height = `${r.height}px`;
}
