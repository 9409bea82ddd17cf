/**
 * The interchange dialog: a progress bar with Cancel while an import or export runs in the worker,
 * then either the reason it failed (in the user's language, naming the line or element) or, after an
 * import, what was read: counts, the Unplaced concepts kept, and the warnings.
 */
import { useTranslation } from 'react-i18next';
import { Modal } from '../shell/dialogs/Modal';
import { cancelInterchange, closeInterchange } from './actions';
import { useInterchange } from './interchangeStore';

const MAX_WARNINGS = 30;

function Progress() {
  const { t } = useTranslation('interchange');
  const progress = useInterchange((s) => s.progress);
  const percent = Math.round((progress?.fraction ?? 0) * 100);
  return (
    <div className="field" aria-live="polite">
      <label>{t(`phase.${progress?.phase ?? 'start'}`, { defaultValue: t('phase.start') })}</label>
      <progress max={100} value={percent} aria-label={t('progressLabel')} style={{ width: '100%' }} />
      <p className="field-hint">{t('percent', { percent })}</p>
    </div>
  );
}

/** The dialog for the task in the interchange store (nothing when idle). */
export function InterchangeDialog() {
  const { t } = useTranslation('interchange');
  const task = useInterchange((s) => s.task);
  const phase = useInterchange((s) => s.phase);
  const error = useInterchange((s) => s.error);
  const summary = useInterchange((s) => s.summary);
  const warnings = useInterchange((s) => s.warnings);
  if (!task) return null;
  const running = phase === 'running';
  return (
    <Modal
      title={t(`title.${task}`)}
      onCancel={running ? cancelInterchange : closeInterchange}
      wide={phase === 'done'}
      actions={
        running ? (
          <button type="button" className="btn" onClick={cancelInterchange} data-autofocus>
            {t('action.cancel')}
          </button>
        ) : (
          <button type="button" className="btn btn-primary" onClick={closeInterchange} data-autofocus>
            {t('action.close')}
          </button>
        )
      }
    >
      {running && <Progress />}
      {phase === 'error' && error && (
        <>
          <p className="field-error" role="alert">
            {t(error.key, { ...error.params, ns: ['interchange', 'errors'] })}
          </p>
          {task.startsWith('import') && <p className="field-hint">{t('untouched')}</p>}
        </>
      )}
      {phase === 'done' && summary && (
        <>
          <p role="status">{t('summary.read', { ...summary })}</p>
          {summary.unplaced > 0 && <p className="field-hint">{t('summary.unplaced', { count: summary.unplaced })}</p>}
          {warnings.length > 0 && (
            <details open={warnings.length <= 5}>
              <summary>{t('summary.warnings', { count: warnings.length })}</summary>
              <ul className="field-hint">
                {warnings.slice(0, MAX_WARNINGS).map((w, i) => (
                  <li key={i}>{t(w.key, w.params)}</li>
                ))}
                {warnings.length > MAX_WARNINGS && <li>{t('summary.more', { count: warnings.length - MAX_WARNINGS })}</li>}
              </ul>
            </details>
          )}
        </>
      )}
    </Modal>
  );
}
