/** Every cached customer, for the suggested thresholds. */
import { useEffect, useState } from 'preact/hooks';
import type { CustomerRow } from '../../components/dashboard/rows';
import { sendMessage } from '../../lib/messages/client';

export function useAccountRows() {
  const [rows, setRows] = useState<CustomerRow[] | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    sendMessage('customers.list', {})
      .then((reply) => setRows(reply.rows))
      .catch((e: unknown) => setError(String((e as Error).message)));
  }, []);
  return { rows, error };
}
