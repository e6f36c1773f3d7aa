/**
 * The few browser APIs the background handlers need, adapted once: the side panel
 * (Chrome's sidePanel, Firefox's sidebarAction), the active tab, and the
 * results-changed broadcast. Everything else in lib/background is browser-free.
 */
import { browser } from 'wxt/browser';
import type { ResultsChangedBroadcast } from '../messages/protocol';

interface SidePanelApi {
  open(options: { tabId: number }): Promise<void>;
  setPanelBehavior?(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
}
interface SidebarActionApi {
  open(): Promise<void>;
}

const sidePanel = (browser as unknown as { sidePanel?: SidePanelApi }).sidePanel;
const sidebarAction = (browser as unknown as { sidebarAction?: SidebarActionApi }).sidebarAction;

export function openSidePanel(tabId: number): Promise<void> {
  if (sidePanel) return sidePanel.open({ tabId });
  if (sidebarAction) return sidebarAction.open();
  return Promise.reject(new Error('This browser has no side panel.'));
}

export async function activeTab(): Promise<{ id: number; url: string } | null> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (tab?.id === undefined) return null;
  return { id: tab.id, url: tab.url ?? '' };
}

export function broadcastResultsChanged(): void {
  const message: ResultsChangedBroadcast = { type: 'results.changed', payload: {} };
  // Extension pages (side panel, options, dashboard) listen on runtime messages.
  browser.runtime.sendMessage(message).catch(() => undefined);
  // Content scripts listen per tab; tabs without one reject, which is fine.
  void browser.tabs.query({}).then((tabs) => {
    for (const tab of tabs) {
      if (tab.id !== undefined) browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
    }
  });
}
