/** Polls the reclassification's progress once a second while one runs. */
import { useEffect, useState } from 'preact/hooks';
import type { ProgressView } from '../../components/options/ReclassifyProgress';
import { sendMessage } from '../../lib/messages/client';

export function useReclassifyProgress(trigger: number) {
  const [progress, setProgress] = useState<ProgressView | null>(null);
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = () =>
      sendMessage('reclassify.progress', {})
        .then((next) => {
          if (stopped) return;
          setProgress(next);
          if (next.running) timer = setTimeout(poll, 1000);
        })
        .catch(() => setProgress(null));
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [trigger]);
  return progress;
}
