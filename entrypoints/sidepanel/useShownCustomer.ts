/**
 * Which customer a page shows, and keeping it current. A key in the URL query pins
 * that customer (tests, dashboard links); otherwise the page follows the active tab:
 * it asks the background what the tab shows and loads the first customer there (the
 * background puts the one whose badge was clicked first). It reloads when the user
 * switches tabs, when the followed tab finishes loading, and on `results.changed`.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '../../lib/messages/client';
import type { CustomerDetail, TabCustomer } from '../../lib/messages/protocol';
import type { CustomerKey, Profile } from '../../lib/domain/profile';

export type Shown =
  | { status: 'loading' }
  | { status: 'none'; reason: string | null; tab: TabCustomer | null }
  | { status: 'customer'; detail: CustomerDetail; others: Profile[]; tab: TabCustomer | null }
  | { status: 'error'; message: string };

export type Target = { mode: 'key'; key: CustomerKey } | { mode: 'tab'; tabId?: number };

export async function loadShown(target: Target): Promise<Shown> {
  if (target.mode === 'key') {
    const detail = await sendMessage('customer.get', { key: target.key });
    return detail
      ? { status: 'customer', detail, others: [], tab: null }
      : { status: 'none', reason: 'not-found', tab: null };
  }
  const tab = await sendMessage(
    'tab.current',
    target.tabId === undefined ? {} : { tabId: target.tabId },
  );
  if (!tab) return { status: 'none', reason: 'no-tab', tab: null };
  const customers = tab.scrape?.customers ?? [];
  const first = customers[0];
  if (!first) return { status: 'none', reason: tab.reason ?? 'no-customer-page', tab };
  const detail = await sendMessage('customer.get', { key: first.key });
  if (!detail) return { status: 'none', reason: 'not-found', tab };
  return { status: 'customer', detail, others: customers, tab };
}

export function useShownCustomer(initialKey: CustomerKey | null) {
  const [target, setTarget] = useState<Target>(
    initialKey ? { mode: 'key', key: initialKey } : { mode: 'tab' },
  );
  const [shown, setShown] = useState<Shown>({ status: 'loading' });
  const [refresh, setRefresh] = useState(0);
  const latest = useRef(0);
  const targetRef = useRef(target);
  targetRef.current = target;

  useEffect(() => {
    const request = ++latest.current;
    loadShown(target)
      .then((next) => request === latest.current && setShown(next))
      .catch((error: unknown) => {
        if (request !== latest.current) return;
        setShown({
          status: 'error',
          message: error instanceof Error ? error.message : String(error),
        });
      });
  }, [target, refresh]);

  useEffect(() => {
    let ownTabId: number | undefined;
    let ownWindowId: number | undefined;
    // Opened as a tab (tests, dashboard links), this page must not follow itself.
    browser.tabs
      ?.getCurrent?.()
      .then((tab) => (ownTabId = tab?.id))
      .catch(() => undefined);
    // A side panel belongs to one window: tab switches in other windows are not its business.
    browser.windows
      ?.getCurrent?.()
      .then((window) => (ownWindowId = window.id))
      .catch(() => undefined);
    const onActivated = ({ tabId, windowId }: { tabId: number; windowId: number }) => {
      if (ownWindowId !== undefined && windowId !== ownWindowId) return;
      if (tabId !== ownTabId) setTarget({ mode: 'tab', tabId });
    };
    const onUpdated = (tabId: number, info: { status?: string }) => {
      const current = targetRef.current;
      if (info.status !== 'complete' || current.mode !== 'tab') return;
      if (current.tabId === undefined || current.tabId === tabId) setRefresh((n) => n + 1);
    };
    const onMessage = (message: unknown) => {
      if ((message as { type?: unknown } | null)?.type === 'results.changed') {
        setRefresh((n) => n + 1);
      }
    };
    browser.tabs?.onActivated.addListener(onActivated);
    browser.tabs?.onUpdated.addListener(onUpdated);
    browser.runtime.onMessage.addListener(onMessage);
    return () => {
      browser.tabs?.onActivated.removeListener(onActivated);
      browser.tabs?.onUpdated.removeListener(onUpdated);
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, []);

  const select = useCallback((key: CustomerKey) => setTarget({ mode: 'key', key }), []);
  const reload = useCallback(() => setRefresh((n) => n + 1), []);
  return { shown, select, reload, refresh };
}
