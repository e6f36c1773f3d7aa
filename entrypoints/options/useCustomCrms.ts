/** The taught CRMs: loaded from the background, merged, saved back, exported. */
import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../../lib/i18n/translate';
import type { Format } from '../../lib/format/format';
import {
  customDefinitionListSchema,
  type CustomDefinition,
} from '../../lib/crms/custom/definition';
import { exportDefinitions } from '../../lib/crms/custom/definition-io';
import { mergeDefinitions } from '../../components/options/customCrmList';
import { sendMessage } from '../../lib/messages/client';
import { downloadText } from '../dashboard/download';

type Status = { kind: 'idle' | 'ok' | 'error'; text: string };

export function useCustomCrms(t: Translate, fmt: Format) {
  const [definitions, setDefinitions] = useState<CustomDefinition[]>([]);
  const [status, setStatus] = useState<Status>({ kind: 'idle', text: '' });
  useEffect(() => {
    sendMessage('customCrms.get', {})
      .then((reply) => {
        // The store keeps them as it was given them; check before the page trusts the shape.
        const parsed = customDefinitionListSchema.safeParse(reply.definitions);
        if (parsed.success) setDefinitions(parsed.data);
        else setStatus({ kind: 'error', text: t('custom_unavailable', [parsed.error.message]) });
      })
      .catch((e: unknown) =>
        setStatus({ kind: 'error', text: t('custom_unavailable', [String((e as Error).message)]) }),
      );
  }, [t]);

  const save = async (next: CustomDefinition[], okText: string) => {
    try {
      await sendMessage('customCrms.save', { definitions: next });
      setDefinitions(next);
      setStatus({ kind: 'ok', text: okText });
    } catch (e) {
      setStatus({ kind: 'error', text: String((e as Error).message) });
    }
  };

  const add = (json: string) => {
    const merged = mergeDefinitions(definitions, json);
    if (!merged.ok) {
      setStatus({ kind: 'error', text: merged.error });
      return;
    }
    void save(
      merged.definitions,
      t('custom_added', [fmt.number(merged.added, 0), fmt.number(merged.replaced, 0)]),
    );
  };
  const remove = (id: string) =>
    void save(
      definitions.filter((d) => d.id !== id),
      t('custom_removed'),
    );
  const exportAll = () =>
    downloadText('rung-custom-crms.json', exportDefinitions(definitions), 'application/json');
  return { definitions, status, add, remove, exportAll };
}
