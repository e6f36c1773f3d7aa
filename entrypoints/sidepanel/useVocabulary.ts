/** The category vocabulary chosen on the options page; classic until settings load. */
import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '../../lib/messages/client';
import type { Vocabulary } from '../../lib/segmentation/types';

export function vocabularyOf(settings: unknown): Vocabulary {
  const chosen = (settings as { vocabulary?: unknown } | null)?.vocabulary;
  return chosen === 'one-page' ? 'one-page' : 'classic';
}

export function useVocabulary(refresh: number): Vocabulary {
  const [vocabulary, setVocabulary] = useState<Vocabulary>('classic');
  useEffect(() => {
    sendMessage('settings.get', {})
      .then((reply) => setVocabulary(vocabularyOf(reply.settings)))
      .catch(() => setVocabulary('classic'));
  }, [refresh]);
  return vocabulary;
}
