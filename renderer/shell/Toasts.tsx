/** Shows the editor's current error, translated, until dismissed or replaced. */
import { useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import type { UserErrorPayload } from '../../shared/ipc/contract';
import { useEditor } from '../state/editor';

/**
 * The message for an error key: from `errors` (shared/i18n/errors.ts), else the shell's own
 * `errorMessages`, else the generic "unexpected error" naming the key.
 */
export function errorMessage(i18n: I18n, error: UserErrorPayload): string {
  const params = error.params ?? {};
  if (i18n.exists(error.key, { ns: 'errors' })) return i18n.t(error.key, { ns: 'errors', ...params });
  if (i18n.exists(`errorMessages.${error.key}`, { ns: 'shell' })) return i18n.t(`errorMessages.${error.key}`, { ns: 'shell', ...params });
  const message = 'message' in params ? params.message : error.key;
  if (i18n.exists('error.unexpected', { ns: 'errors' })) return i18n.t('error.unexpected', { ns: 'errors', message });
  return i18n.t('errorMessages.error.unexpected', { ns: 'shell', message });
}

/** The alert area. */
export function Toasts() {
  const { t, i18n } = useTranslation();
  const error = useEditor((s) => s.error);
  const clear = useEditor((s) => s.setError);
  return (
    <div className="toasts" role="alert" aria-live="assertive">
      {error && (
        <div className="toast toast-error">
          <p>{errorMessage(i18n, error)}</p>
          <button type="button" className="btn btn-quiet" onClick={() => clear(null)}>
            {t('common:action.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
