/** Side effects of the shell: window title, autosave, close guards and native menu events. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../state/editor';
import { useShell } from './shellStore';
import { confirmQuit, refreshRecent, runMenuAction, save } from './actions';
import { isDialogOpen } from './dialogs';

/** Title: project name with an unsaved marker, e.g. "● Sistem Cuti — Lakar". */
export function useWindowTitle(): void {
  const { t } = useTranslation();
  const project = useEditor((s) => s.project);
  const title = useEditor((s) => s.history?.doc.meta.title);
  const dirty = useEditor((s) => s.dirty);
  useEffect(() => {
    if (!project) {
      document.title = t('common:appName');
      return;
    }
    const name = project.displayName || title || t('common:untitled');
    document.title = t(dirty ? 'shell:window.titleDirty' : 'shell:window.title', { name });
  }, [project, title, dirty, t]);
}

/** Should an autosave run now? Only a named project with changes, nothing else in progress. */
export function autosaveDue(s: { hasRef: boolean; dirty: boolean; recoveryPending: boolean; saving: boolean; dialogOpen: boolean }): boolean {
  // never-saved projects need a name first; never save over a pending recovery question
  return s.hasRef && s.dirty && !s.recoveryPending && !s.saving && !s.dialogOpen;
}

/** Save every `autosaveIntervalSec` while autosave is on and a named project has changes. */
export function useAutosave(): void {
  const { autosave, autosaveIntervalSec } = useShell((s) => s.settings);
  useEffect(() => {
    if (!autosave) return;
    const timer = setInterval(() => {
      const { project, dirty, recovery } = useEditor.getState();
      const due = autosaveDue({ hasRef: !!project?.ref, dirty, recoveryPending: !!recovery, saving: useShell.getState().saving, dialogOpen: isDialogOpen() });
      if (due) void save();
    }, autosaveIntervalSec * 1000);
    return () => clearInterval(timer);
  }, [autosave, autosaveIntervalSec]);
}

/** Ask before the window closes with unsaved changes (native prompt in the browser). */
export function useCloseGuards(): void {
  const api = useEditor((s) => s.api);
  useEffect(() => {
    if (!api) return;
    if (api.edition === 'desktop') return api.onCloseRequest(() => confirmQuit());
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (useEditor.getState().project && useEditor.getState().dirty) e.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [api]);
}

/** Native menu (desktop) → the same actions as the in-app menu; load the recent list once. */
export function useMenuEvents(): void {
  const api = useEditor((s) => s.api);
  useEffect(() => {
    if (!api) return;
    void refreshRecent();
    return api.onMenu((event) => void runMenuAction(event.action, event.ref));
  }, [api]);
}
