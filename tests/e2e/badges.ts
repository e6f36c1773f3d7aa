/**
 * Reading Rung's badges off a page. Each badge is a host element right after its anchor
 * with a *closed* shadow root (lib/dom/badge-host.ts): the page's scripts cannot look in,
 * and neither can Playwright's selectors, which pierce open roots only. The tests read
 * through the DevTools protocol instead: `DOM.getDocument` with `pierce: true` lists
 * closed roots too, `DOM.resolveNode` gives a handle on each, and one
 * `Runtime.callFunctionOn` reads them all. Nothing in the extension opens a door for this.
 *
 * Inside a root, `[data-testid="rung-badge"]` carries data-stage / data-category /
 * data-overridden / data-state. A badge is tied to its customer by the record link in its
 * list row (or, on a record page, by being the page's badge).
 */
import type { CDPSession, Page } from 'playwright-core';

export interface FoundBadge {
  stage: string | null;
  category: string | null;
  overridden: string | null;
  state: string | null;
  /** Accessible name of the pill (what a screen reader announces). */
  label: string | null;
  /**
   * The treatment headline in the badge's tooltip (`.tip-headline`), or null when not
   * asked for. The tooltip is built on the first hover by the user (a trusted event), so
   * reading headlines moves the real mouse over each badge: slow on a long list.
   */
  headline: string | null;
  /** Paths of the links in the badge's row (list pages); empty outside a row. */
  rowLinks: string[];
}

export interface ReadOptions {
  /** Also read each badge's tooltip headline (hovers every badge with the mouse). */
  headlines?: boolean;
}

interface DomNode {
  backendNodeId: number;
  nodeName?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: (DomNode & { shadowRootType?: string })[];
  contentDocument?: DomNode;
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();
function cdpOf(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

const hasPill = (node: DomNode): boolean => isPill(node) || (node.children ?? []).some(hasPill);

/** Backend ids of every shadow root holding a Rung pill, in document order (open roots too, so the same tests run against older builds). */
function badgeRootIds(node: DomNode, found: number[] = []): number[] {
  for (const root of node.shadowRoots ?? []) {
    if (root.shadowRootType !== 'user-agent' && hasPill(root)) found.push(root.backendNodeId);
  }
  for (const child of node.children ?? []) badgeRootIds(child, found);
  return found;
}

const GROUP = 'rung-e2e-badges';

async function badgeRoots(cdp: CDPSession): Promise<{ document: DomNode; ids: number[] }> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
    root: DomNode;
  };
  return { document: root, ids: badgeRootIds(root) };
}

/**
 * Calls `fn(arg, ...roots)` in the page with every badge's shadow root (in document
 * order) and returns its JSON result. Like `page.evaluate`, `fn` must not close over
 * anything: it is sent as source. The handles are released afterwards.
 */
export async function withBadgeRoots<A, T>(
  page: Page,
  fn: (arg: A, ...roots: ShadowRoot[]) => T,
  arg: A,
): Promise<T> {
  // The page may re-render a badge between listing the roots and resolving them.
  for (let attempt = 1; ; attempt++) {
    try {
      return await callWithRoots(await cdpOf(page), fn, arg);
    } catch (error) {
      if (attempt >= 5 || !String(error).includes('No node with given id')) throw error;
    }
  }
}

async function callWithRoots<A, T>(
  cdp: CDPSession,
  fn: (arg: A, ...roots: ShadowRoot[]) => T,
  arg: A,
): Promise<T> {
  try {
    const { document, ids } = await badgeRoots(cdp);
    const resolve = (backendNodeId: number) =>
      cdp.send('DOM.resolveNode', { backendNodeId, objectGroup: GROUP }) as Promise<{
        object: { objectId?: string };
      }>;
    const roots = await Promise.all(ids.map(resolve));
    const self = await resolve(document.backendNodeId);
    const reply = (await cdp.send('Runtime.callFunctionOn', {
      objectId: self.object.objectId!,
      functionDeclaration: fn.toString(),
      arguments: [{ value: arg }, ...roots.map(({ object }) => ({ objectId: object.objectId }))],
      returnByValue: true,
      awaitPromise: true,
    })) as {
      result: { value?: T };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    };
    if (reply.exceptionDetails) {
      const { exception, text } = reply.exceptionDetails;
      throw new Error(exception?.description ?? text);
    }
    return reply.result.value as T;
  } finally {
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup: GROUP }).catch(() => undefined);
    // A DOM agent left on would report every later mutation of the page to this session.
    await cdp.send('DOM.disable').catch(() => undefined);
  }
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How many badges the page shows. */
export function countBadges(page: Page): Promise<number> {
  return withBadgeRoots(page, (_: null, ...roots) => roots.length, null);
}

/**
 * The `index`-th pill's box in the viewport, scrolled into view first when it is not in
 * it (waiting two frames: off-screen badges skip layout until the frame after they come
 * into view, and the scroll's own event, which closes tooltips, must be over).
 */
export async function pillBox(page: Page, index: number | 'last'): Promise<Box | null> {
  const scrolled = await withBadgeRoots(
    page,
    (at: number | 'last', ...roots) => {
      const root = at === 'last' ? roots[roots.length - 1] : roots[at];
      const pill = root?.querySelector('[data-testid="rung-badge"]');
      if (!pill) return false;
      const host = root!.host.getBoundingClientRect();
      if (host.top >= 0 && host.bottom <= innerHeight) return false;
      pill.scrollIntoView({ block: 'center' });
      return true;
    },
    index,
  );
  if (scrolled) {
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
  }
  return withBadgeRoots(
    page,
    (at: number | 'last', ...roots) => {
      const root = at === 'last' ? roots[roots.length - 1] : roots[at];
      const pill = root?.querySelector('[data-testid="rung-badge"]');
      if (!pill) return null;
      const r = pill.getBoundingClientRect();
      return { x: r.left, y: r.top, width: r.width, height: r.height };
    },
    index,
  );
}

async function centreOf(page: Page, index: number | 'last'): Promise<{ x: number; y: number }> {
  const box = await pillBox(page, index);
  if (!box) throw new Error(`no badge ${index} on the page`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Moves the real mouse onto the pill (trusted pointer events, as a user's). */
export async function hoverPill(page: Page, index: number | 'last'): Promise<void> {
  const { x, y } = await centreOf(page, index);
  await page.mouse.move(x, y);
}

/** Clicks the pill with the real mouse. */
export async function clickPill(page: Page, index: number | 'last'): Promise<void> {
  const { x, y } = await centreOf(page, index);
  await page.mouse.click(x, y);
}

/**
 * Focuses the pill. The browser's focus events are trusted whoever called `focus()`;
 * only this test (through CDP) holds the pill to call it on.
 */
export async function focusPill(page: Page, index: number | 'last'): Promise<void> {
  const focused = await withBadgeRoots(
    page,
    (at: number | 'last', ...roots) => {
      const root = at === 'last' ? roots[roots.length - 1] : roots[at];
      const pill = root?.querySelector<HTMLElement>('[data-testid="rung-badge"]');
      pill?.focus();
      return root?.activeElement === pill && pill !== undefined;
    },
    index,
  );
  if (!focused) throw new Error(`could not focus badge ${index}`);
}

function isPill(node: DomNode): boolean {
  const attrs = node.attributes ?? [];
  for (let i = 0; i < attrs.length; i += 2) {
    if (attrs[i] === 'data-testid' && attrs[i + 1] === 'rung-badge') return true;
  }
  return false;
}

export async function readBadges(
  page: Page,
  { headlines = false }: ReadOptions = {},
): Promise<FoundBadge[]> {
  if (headlines) {
    const count = await countBadges(page);
    for (let i = 0; i < count; i++) await hoverPill(page, i);
    await page.mouse.move(0, 0);
  }
  return withBadgeRoots(
    page,
    (_: null, ...roots) =>
      roots.map((root) => {
        const host = root.host;
        const pill = root.querySelector('[data-testid="rung-badge"]');
        const row = host.closest('tr, li, [role="row"]');
        const links = row ? Array.from(row.querySelectorAll('a[href]')) : [];
        return {
          stage: pill?.getAttribute('data-stage') ?? null,
          category: pill?.getAttribute('data-category') ?? null,
          overridden: pill?.getAttribute('data-overridden') ?? null,
          state: pill?.getAttribute('data-state') ?? null,
          label: pill?.getAttribute('aria-label') ?? pill?.textContent ?? null,
          headline: root.querySelector('.tip-headline')?.textContent?.trim() ?? null,
          rowLinks: links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
        };
      }),
    null,
  );
}

/**
 * Waits until at least `count` badges exist, none is pending, and two reads `settleMs`
 * apart agree: a badge may first show a cached result and then the fresh one, and a
 * late re-scan that would duplicate a badge gets its chance to show.
 */
export async function waitForBadges(
  page: Page,
  count: number,
  timeoutMs = 15_000,
  settleMs = 400,
  options: ReadOptions = {},
): Promise<FoundBadge[]> {
  const deadline = Date.now() + timeoutMs;
  let badges: FoundBadge[] = [];
  let previous = '';
  while (Date.now() < deadline) {
    badges = await readBadges(page);
    const settled = badges.length >= count && badges.every((b) => b.state !== 'pending');
    const snapshot = JSON.stringify(badges);
    if (settled && snapshot === previous) {
      return options.headlines ? readBadges(page, options) : badges;
    }
    previous = settled ? snapshot : '';
    await page.waitForTimeout(settled ? settleMs : 100);
  }
  return badges;
}

/**
 * Polls one page's single badge until it is ready and `accept` holds, or time runs out;
 * returns the last read. A pending or failed badge never passes: its empty stage and
 * `data-overridden="false"` would otherwise satisfy a check such as "not overridden".
 */
export async function waitForBadge(
  page: Page,
  accept: (badge: FoundBadge) => boolean,
  timeoutMs = 15_000,
): Promise<FoundBadge | null> {
  const deadline = Date.now() + timeoutMs;
  let last: FoundBadge | null = null;
  while (Date.now() < deadline) {
    last = (await readBadges(page))[0] ?? null;
    if (last?.state === 'ready' && accept(last)) return last;
    await page.waitForTimeout(150);
  }
  return last;
}
