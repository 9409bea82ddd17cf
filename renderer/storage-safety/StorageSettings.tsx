/** Settings › Storage (browser edition): whether the browser keeps Lakar's storage, how much it uses, and the one-click backup. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../state/editor';
import { isBrowserApi } from '../backend/browser/browser-api';
import { refreshUsage, useStorageSafety } from './storageStore';
import { downloadBackup } from './actions';

function megabytes(bytes: number, lang: string): string {
  return (bytes / 1_000_000).toLocaleString(lang === 'ms' ? 'ms-MY' : 'en-GB', { maximumFractionDigits: 1 });
}

/** The storage section of the settings dialog; nothing in the desktop edition. */
export function StorageSettings() {
  const { t, i18n } = useTranslation('storage');
  const api = useEditor((s) => s.api);
  const state = useStorageSafety((s) => s.state);
  const usage = useStorageSafety((s) => s.usage);
  useEffect(() => {
    void refreshUsage(typeof navigator !== 'undefined' ? navigator.storage : undefined);
  }, []);
  if (!api || !isBrowserApi(api)) return null;
  return (
    <fieldset className="field" data-testid="storage-settings">
      <legend>{t('settings.title')}</legend>
      <p data-testid="storage-state">{t(`state.${state ?? 'unknown'}`)}</p>
      <p className="field-hint">{api.storage.realFiles ? t('settings.whereFiles') : t('settings.whereBrowser')}</p>
      {usage && (
        <p data-testid="storage-usage">
          {usage.quotaBytes
            ? t('settings.usage', { used: megabytes(usage.usedBytes, i18n.language), quota: megabytes(usage.quotaBytes, i18n.language) })
            : t('settings.usageNoQuota', { used: megabytes(usage.usedBytes, i18n.language) })}
        </p>
      )}
      {!api.storage.singleFile && (
        <button type="button" className="btn" onClick={() => void downloadBackup()}>
          {t('backup.download')}
        </button>
      )}
    </fieldset>
  );
}
