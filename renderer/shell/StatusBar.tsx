/** The status bar: save state, last save time, autosave and edition. */
import { useTranslation } from 'react-i18next';
import { useEditor } from '../state/editor';
import { useShell } from './shellStore';
import { formatWhen } from './format';
import { useDialogs } from './dialogs';
import { StorageNotice } from '../storage-safety/StorageNotice';

/** Status bar at the bottom of the window. */
export function StatusBar() {
  const { t, i18n } = useTranslation();
  const project = useEditor((s) => s.project);
  const dirty = useEditor((s) => s.dirty);
  const edition = useEditor((s) => s.api?.edition ?? 'browser');
  const { saving, lastSavedAt, settings } = useShell();
  // while Save As asks for a name nothing is being written yet
  const asking = useDialogs((s) => s.stack.length > 0);

  let state: string | null = null;
  if (project) state = saving && !asking ? t('shell:status.saving') : dirty ? t('shell:status.unsaved') : t('shell:status.saved');
  return (
    <footer className="statusbar" aria-label={t('shell:status.bar')}>
      <span role="status" className={project && dirty ? 'status-state unsaved' : 'status-state'} data-testid="save-state">
        {state}
      </span>
      {project && (
        <span className="status-item">
          {lastSavedAt ? t('shell:status.lastSaved', { time: formatWhen(lastSavedAt, i18n.language) }) : project.ref ? '' : t('shell:status.neverSaved')}
        </span>
      )}
      <span className="status-spacer" />
      <StorageNotice />
      <span className="status-item">{settings.autosave ? t('shell:status.autosaveOn', { seconds: settings.autosaveIntervalSec }) : t('shell:status.autosaveOff')}</span>
      <span className="status-item">{t(`common:edition.${edition}`)}</span>
    </footer>
  );
}
