/** Self-hosted sites Rung is enabled on, with disabling. */
import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '../../lib/messages/client';

export function useSites() {
  const [origins, setOrigins] = useState<string[]>([]);
  const load = () =>
    sendMessage('sites.list', {})
      .then((reply) => setOrigins(reply.origins))
      .catch(() => setOrigins([]));
  useEffect(() => void load(), []);
  const disable = async (origin: string) => {
    await sendMessage('site.disable', { origin }).catch(() => undefined);
    await load();
  };
  return { origins, disable };
}
