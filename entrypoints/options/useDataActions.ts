/** Export, restore and delete-all, each reporting its outcome as one status line. */
import { useState } from 'preact/hooks';
import type { Translate } from '../../lib/i18n/translate';
import type { Format } from '../../lib/format/format';
import { sendMessage } from '../../lib/messages/client';
import { downloadText } from '../dashboard/download';

/** Backups can be large but not unbounded: refuse files a user could not have made with Rung. */
const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export function useDataActions(t: Translate, fmt: Format, onChanged: () => void) {
  const [status, setStatus] = useState('');
  const fail = (error: unknown) => setStatus(t('data_failed', [String((error as Error).message)]));

  const exportAll = () =>
    sendMessage('data.export', {})
      .then(({ json }) => {
        downloadText(
          `rung-backup-${new Date().toISOString().slice(0, 10)}.json`,
          json,
          'application/json',
        );
        setStatus(t('data_exported'));
      })
      .catch(fail);

  const importFile = async (file: File) => {
    if (file.size > MAX_IMPORT_BYTES) {
      setStatus(t('data_too_big'));
      return;
    }
    try {
      const { customers } = await sendMessage('data.import', { json: await file.text() });
      setStatus(t('data_imported', [fmt.number(customers, 0)]));
      onChanged();
    } catch (error) {
      fail(error);
    }
  };

  const deleteAll = () =>
    sendMessage('data.deleteAll', { confirm: 'delete' })
      .then(() => {
        setStatus(t('data_deleted'));
        onChanged();
      })
      .catch(fail);

  return { status, exportAll, importFile, deleteAll };
}
