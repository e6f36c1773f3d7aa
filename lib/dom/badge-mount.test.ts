// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BadgeView } from '../messages/protocol';
import { catalogTranslate, type MessageCatalog } from '../i18n/translate';
import en from '../../public/_locales/en/messages.json';
import { createBadgeMounter } from './badge-mount';
import { BADGE_HOST_ATTR } from './badge-host';

const t = catalogTranslate(en as MessageCatalog);

const view = (stage: BadgeView['stage'] = 'repeat'): BadgeView => ({
  key: { crm: 'shopify', account: 'shop', id: '1' },
  stage,
  category: 'core',
  categoryLabel: 'Core',
  treatmentHeadline: 'Thank them',
  topReasons: [{ key: 'why_core', args: [] }],
  confidence: 'high',
  overridden: false,
  disagrees: false,
});
const ready = (stage?: BadgeView['stage']) => ({
  view: view(stage),
  state: 'ready' as const,
  incomplete: false,
});

let disposeLast = () => {};

// happy-dom has no Popover API: record what the tooltip controller asks of it.
type PopoverLike = HTMLElement & { showPopover(): void; hidePopover(): void };
const proto = HTMLElement.prototype as PopoverLike;
proto.showPopover = function (this: HTMLElement) {
  this.setAttribute('data-test-open', '');
};
proto.hidePopover = function (this: HTMLElement) {
  this.removeAttribute('data-test-open');
};
// Badge roots are closed: the tests keep each root the mounter attaches to look inside.
const roots = new WeakMap<Element, ShadowRoot>();
const modes: ShadowRootMode[] = [];
const attachShadow = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
  modes.push(init.mode);
  const root = attachShadow.call(this, init);
  roots.set(this, root);
  return root;
};
const rootOf = (host: Element) => roots.get(host)!;
const openTip = (host: HTMLElement) => rootOf(host).querySelector('.tip[data-test-open]');
const HOST = `[${BADGE_HOST_ATTR}]`;

function setUp(
  html = '<h1 id="title">Ann</h1><p><a id="row" href="/contacts/2">Bob</a></p>',
  trusted = true,
) {
  document.body.innerHTML = html;
  const onOpen = vi.fn();
  const mounter = createBadgeMounter(
    ':host { color: red }',
    { t, locale: 'en', direction: 'ltr', onOpen },
    // happy-dom makes only untrusted events: here they stand for the user's.
    trusted ? { isTrusted: () => true } : {},
  );
  disposeLast = () => mounter.dispose();
  const anchor = (id: string) => document.getElementById(id)!;
  const host = () => document.querySelector(HOST) as HTMLElement;
  const pill = (h = host()) => rootOf(h).querySelector('button')!;
  return { mounter, onOpen, anchor, host, pill };
}

afterEach(() => {
  disposeLast();
  document.body.innerHTML = '';
});

describe('badge mounter', () => {
  it('puts the badge inside a heading and after any other anchor', () => {
    const { mounter, anchor } = setUp();
    mounter.show(anchor('title'), 'a#0', ready());
    mounter.show(anchor('row'), 'b#0', ready());
    expect(anchor('title').lastElementChild?.matches(HOST)).toBe(true);
    expect(anchor('row').nextElementSibling?.matches(HOST)).toBe(true);
  });

  it('hosts each badge in a closed shadow root of a plain span', () => {
    const { mounter, anchor, host } = setUp();
    modes.length = 0;
    mounter.show(anchor('row'), 'b#0', ready());
    expect(modes).toEqual(['closed']);
    expect(host().localName).toBe('span');
    expect(host().shadowRoot).toBeNull();
  });

  it('never puts a badge inside a link or button of the page', () => {
    const { mounter, anchor, host } = setUp(
      '<table><tr><td id="cell"><a href="/c/1" id="link"><button><h3 id="name">Ann</h3></button></a></td></tr></table>',
    );
    mounter.show(anchor('name'), 'a#0', ready());
    expect(host().closest('a, button')).toBeNull();
    expect(host().previousElementSibling?.id).toBe('link');
    // Shown again at the same place: the same host stays.
    const first = host();
    mounter.show(anchor('name'), 'a#0', ready('client'));
    expect(host()).toBe(first);
  });

  it("ignores a page script's synthetic events: no tooltip, no side panel", () => {
    const { mounter, anchor, host, onOpen } = setUp(undefined, false);
    mounter.show(anchor('row'), 'b#0', ready());
    const target = rootOf(host()).querySelector('button')!;
    target.dispatchEvent(new Event('pointerover', { bubbles: true, composed: true }));
    target.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    host().dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(rootOf(host()).querySelector('.tip')).toBeNull();
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('keeps the same host and pill when shown again unchanged, replaces the pill on a change', () => {
    const { mounter, anchor, host, pill } = setUp();
    mounter.show(anchor('row'), 'b#0', { view: null, state: 'pending', incomplete: false });
    const firstHost = host();
    expect(pill().dataset.state).toBe('pending');
    mounter.show(anchor('row'), 'b#0', ready());
    const readyPill = pill();
    mounter.show(anchor('row'), 'b#0', ready());
    expect(host()).toBe(firstHost);
    expect(pill()).toBe(readyPill);
    mounter.show(anchor('row'), 'b#0', ready('client'));
    expect(pill()).not.toBe(readyPill);
    expect(pill().dataset.stage).toBe('client');
    expect(document.querySelectorAll(HOST)).toHaveLength(1);
  });

  it('builds the tooltip only on the first hover or focus, describing the pill', () => {
    const { mounter, anchor, host, pill } = setUp();
    mounter.show(anchor('row'), 'b#0', ready());
    const root = rootOf(host());
    expect(root.querySelector('.tip')).toBeNull();
    expect(pill().hasAttribute('aria-describedby')).toBe(false);
    pill().dispatchEvent(new Event('pointerover', { bubbles: true, composed: true }));
    expect(root.querySelector('.tip-headline')?.textContent).toBe('Thank them');
    expect(root.querySelector('.tip')?.getAttribute('popover')).toBe('manual');
    expect(pill().getAttribute('aria-describedby')).toBe(root.querySelector('.tip')?.id);
    expect(openTip(host())).not.toBeNull();
    pill().dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(root.querySelectorAll('.tip')).toHaveLength(1);
    // A new result drops the old tooltip; the next hover builds the new one.
    mounter.show(anchor('row'), 'b#0', ready('client'));
    expect(root.querySelector('.tip')).toBeNull();
  });

  it('keeps the tooltip open while the pointer stays on the badge, closes it on leaving or Escape', () => {
    const { mounter, anchor, host, pill } = setUp();
    mounter.show(anchor('row'), 'b#0', ready());
    const over = () =>
      pill().dispatchEvent(new Event('pointerover', { bubbles: true, composed: true }));
    const out = (to: EventTarget | null) =>
      pill().dispatchEvent(
        new PointerEvent('pointerout', { bubbles: true, composed: true, relatedTarget: to }),
      );
    over();
    // Moving onto the tooltip: seen from the window, that is the badge's own host.
    out(host());
    expect(openTip(host())).not.toBeNull();
    out(document.body);
    expect(openTip(host())).toBeNull();
    over();
    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    const crmHandler = vi.fn();
    document.body.addEventListener('keydown', crmHandler);
    document.body.dispatchEvent(escape);
    expect(openTip(host())).toBeNull();
    expect(crmHandler).not.toHaveBeenCalled();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(crmHandler).toHaveBeenCalledTimes(1);
  });

  it('closes the tooltip when the page scrolls', () => {
    const { mounter, anchor, host, pill } = setUp();
    mounter.show(anchor('row'), 'b#0', ready());
    pill().dispatchEvent(new Event('pointerover', { bubbles: true, composed: true }));
    window.dispatchEvent(new Event('scroll'));
    expect(openTip(host())).toBeNull();
  });

  it('builds no tooltip for a pending badge', () => {
    const { mounter, anchor, host, pill } = setUp();
    mounter.show(anchor('row'), 'b#0', { view: null, state: 'pending', incomplete: false });
    pill().dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(rootOf(host()).querySelector('.tip')).toBeNull();
  });

  it("opens its own customer on click, through every re-render, and keeps the click from the CRM's row", () => {
    const { mounter, anchor, pill, onOpen } = setUp();
    const rowHandler = vi.fn();
    anchor('row').parentElement!.addEventListener('click', rowHandler);
    mounter.show(anchor('row'), 'b#0', ready());
    mounter.show(anchor('row'), 'b#0', ready('client'));
    pill().click();
    expect(onOpen).toHaveBeenCalledTimes(1);
    expect(onOpen).toHaveBeenCalledWith('b#0');
    expect(rowHandler).not.toHaveBeenCalled();
    anchor('row').click();
    expect(rowHandler).toHaveBeenCalledTimes(1);
    expect(onOpen).toHaveBeenCalledTimes(1);
  });

  it('stops listening when disposed: every window listener it added is removed', () => {
    const added = vi.spyOn(window, 'addEventListener');
    const removed = vi.spyOn(window, 'removeEventListener');
    const { mounter, anchor } = setUp();
    mounter.show(anchor('row'), 'b#0', ready());
    mounter.dispose();
    const listeners = (spy: typeof added) =>
      spy.mock.calls.map(([type, listener]) => [type, listener]);
    expect(listeners(added).length).toBeGreaterThan(0);
    expect(listeners(removed)).toEqual(expect.arrayContaining(listeners(added)));
    expect(document.querySelector(HOST)).toBeNull();
    vi.restoreAllMocks();
  });

  it('lets Escape through once the badge with the open tooltip is gone', () => {
    const { mounter, anchor, pill } = setUp();
    mounter.show(anchor('row'), 'b#0', ready());
    pill().dispatchEvent(new Event('pointerover', { bubbles: true, composed: true }));
    mounter.prune(new Set()); // the CRM re-rendered: the customer's row is gone
    const crmHandler = vi.fn();
    document.body.addEventListener('keydown', crmHandler);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(crmHandler).toHaveBeenCalledTimes(1);
  });

  it('removes badges of customers gone', () => {
    const { mounter, anchor } = setUp();
    mounter.show(anchor('title'), 'a#0', ready());
    mounter.show(anchor('row'), 'b#0', ready());
    mounter.prune(new Set(['b#0']));
    const left = [...document.querySelectorAll(HOST)];
    expect(left).toHaveLength(1);
    expect(left[0]?.previousElementSibling?.id).toBe('row');
  });

  it('removes hosts an earlier script left behind when it starts', () => {
    document.body.innerHTML = `<p><a id="row">Bob</a><span ${BADGE_HOST_ATTR}></span></p>`;
    const mounter = createBadgeMounter('', { t, locale: 'en', direction: 'ltr', onOpen: vi.fn() });
    disposeLast = () => mounter.dispose();
    expect(document.querySelectorAll(HOST)).toHaveLength(0);
  });
});
