/** The status bar's one-time notice that the browser refused persistent storage. */
import { useTranslation } from 'react-i18next';
import { dismissRefusalNotice, useStorageSafety } from './storageStore';

/** Shown once, the first time the browser's refusal is known; closed by the user. */
export function StorageNotice() {
  const { t } = useTranslation('storage');
  const visible = useStorageSafety((s) => s.refusalNotice);
  if (!visible) return null;
  return (
    <span className="status-item status-warning" role="status" data-testid="storage-notice">
      {t('notice.refused')}{' '}
      <button type="button" className="btn btn-quiet" onClick={dismissRefusalNotice} aria-label={t('notice.dismiss')}>
        ×
      </button>
    </span>
  );
}
