/** Loads every cached customer once, and again when results change. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { AccountRef, CustomerRow } from '../../components/dashboard/rows';
import { sendMessage } from '../../lib/messages/client';

export type DashboardData =
  | { status: 'loading' }
  | { status: 'ready'; accounts: AccountRef[]; rows: CustomerRow[] }
  | { status: 'error'; message: string };

export function useDashboard(): DashboardData {
  const [data, setData] = useState<DashboardData>({ status: 'loading' });
  const [refresh, setRefresh] = useState(0);
  useEffect(() => {
    sendMessage('customers.list', {})
      .then((reply) => setData({ status: 'ready', accounts: reply.accounts, rows: reply.rows }))
      .catch((error: unknown) =>
        setData({ status: 'error', message: String((error as Error).message) }),
      );
  }, [refresh]);
  useEffect(() => {
    const onMessage = (message: unknown) => {
      if ((message as { type?: unknown } | null)?.type === 'results.changed')
        setRefresh((n) => n + 1);
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, []);
  return data;
}
