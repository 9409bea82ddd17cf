/** "Pulihkan N suntingan yang belum disimpan?" when an opened project has a recovery journal. */
import { useTranslation } from 'react-i18next';
import { useEditor } from '../state/editor';
import { Modal } from './dialogs/Modal';
import { projectDisplayName, resolveRecovery } from './actions';
import { formatDateTime } from './format';

/** The recovery prompt (shown while the open project has pending recovered edits). */
export function RecoveryPrompt() {
  const { t, i18n } = useTranslation();
  const recovery = useEditor((s) => s.recovery);
  useEditor((s) => s.project); // re-render with the project name
  if (!recovery) return null;
  const name = projectDisplayName() || t('common:untitled');
  return (
    <Modal
      role="alertdialog"
      dismissible={false}
      title={t('shell:recovery.title', { count: recovery.edits })}
      onCancel={() => undefined}
      actions={
        <>
          <button type="button" className="btn" onClick={() => void resolveRecovery(false)}>
            {t('shell:recovery.discard')}
          </button>
          <button type="button" className="btn btn-primary" data-autofocus onClick={() => void resolveRecovery(true)}>
            {t('shell:recovery.accept')}
          </button>
        </>
      }
    >
      <p>{t('shell:recovery.body', { name, time: formatDateTime(recovery.lastEditAt, i18n.language) })}</p>
    </Modal>
  );
}
