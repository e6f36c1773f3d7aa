// @vitest-environment happy-dom
/**
 * Which background replies a page session uses: the ones for the customers it last sent,
 * even when the CRM re-rendered the same rows while the reply was on its way.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageRead } from '../reading/types';
import type { BadgeView } from '../messages/protocol';
import type { CustomerKey } from '../domain/profile';
import type { createBadgeMounter } from '../dom/badge-mount';
import { createPageSession } from './page-session';
import { createSendGate } from './send-gate';

type Reply = { badges: (BadgeView | null)[] };
const pending = new Map<string, ((reply: Reply) => void)[]>();
vi.mock('../messages/client', () => ({
  sendMessage: (type: string) =>
    new Promise<Reply>((resolve) => {
      pending.set(type, [...(pending.get(type) ?? []), resolve]);
    }),
}));
/** Answers the oldest request of this type still waiting, and lets the session react. */
async function answer(type: 'badges.lookup' | 'page.observed', badges: (BadgeView | null)[]) {
  pending.get(type)?.shift()?.({ badges });
  await new Promise((resolve) => setTimeout(resolve, 0));
}

const key = (id: string): CustomerKey => ({ crm: 'shopify', account: 'shop', id });
const view = (id: string, stage: BadgeView['stage']): BadgeView => ({
  key: key(id),
  stage,
  category: 'core',
  categoryLabel: 'Core',
  treatmentHeadline: 'Thank them',
  topReasons: [],
  confidence: 'high',
  overridden: false,
  disagrees: false,
});

type Shown = { view: BadgeView | null; state: string };
function setUp() {
  let ids = ['a'];
  // Each read is a new object with new anchors, as after a CRM re-render.
  const readPage = (): PageRead => ({
    scrape: {
      crm: 'shopify',
      account: 'shop',
      page: 'customer-list',
      customers: ids.map((id) => ({ key: key(id) })),
      diagnostics: [],
    },
    anchors: ids.map(() => document.createElement('a')),
  });
  const shown = new Map<string, Shown>();
  const mounter = {
    show: (_anchor: Element, mountId: string, content: Shown) => shown.set(mountId, content),
    prune: () => undefined,
    removeAll: () => shown.clear(),
  } as unknown as ReturnType<typeof createBadgeMounter>;
  const gate = createSendGate({ burst: 100, spacingMs: 1 });
  const session = createPageSession(
    readPage,
    mounter,
    new AbortController().signal,
    new Map(),
    gate,
  );
  return {
    session,
    shown: (id: string) => shown.get(`shopify|shop|id:${id}#0`),
    showIds: (next: string[]) => {
      ids = next;
    },
  };
}

afterEach(() => pending.clear());

describe('page session', () => {
  it('keeps the reply when the same customers were read again while it was on its way', async () => {
    const page = setUp();
    page.session.rescan();
    page.session.rescan(); // an unrelated change in the page: same customers, new nodes
    await answer('badges.lookup', [null]);
    await answer('page.observed', [view('a', 'repeat')]);
    expect(page.shown('a')).toMatchObject({ state: 'ready', view: { stage: 'repeat' } });
    expect(pending.get('page.observed')).toEqual([]); // nothing sent twice
  });

  it('drops a reply for customers no longer on the page, and stays pending for the new ones', async () => {
    const page = setUp();
    page.session.rescan();
    page.showIds(['b']);
    page.session.rescan();
    await answer('badges.lookup', [view('a', 'repeat')]);
    await answer('page.observed', [view('a', 'repeat')]);
    expect(page.shown('b')).toMatchObject({ state: 'pending', view: null });
    await answer('badges.lookup', [null]);
    await answer('page.observed', [view('b', 'client')]);
    expect(page.shown('b')).toMatchObject({ state: 'ready', view: { stage: 'client' } });
  });
});
