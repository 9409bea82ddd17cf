/**
 * What the File and Edit menus do, shared by the in-app menu, keyboard shortcuts and the desktop's
 * native menu. Anything that would drop unsaved changes asks first (Save / Don't save / Cancel);
 * failures end up in `useEditor().error`, translated by the toast area.
 */
import type { MenuAction, OpenedProject, SaveResult } from '../../shared/ipc/contract';
import { pengambilanPekerjaExample } from '../../shared/samples/pengambilan-pekerja';
import { flushPending, useEditor } from '../state/editor';
import { backendApi as api, attempt } from '../state/backendCalls';
import { changeLanguage, type Language } from '../i18n';
import { isDialogOpen, openDialog } from './dialogs';
import { useShell } from './shellStore';
import { leaveGuards, menuItemForAction } from './registry';

/** The name shown for the open project: its saved name, else its title, else empty (untitled). */
export function projectDisplayName(): string {
  const s = useEditor.getState();
  return s.project?.displayName || s.history?.doc.meta.title || '';
}

/** Refresh the Open Recent list from the backend. */
export async function refreshRecent(): Promise<void> {
  const recent = await attempt(() => api()['project:recent']({}));
  if (recent) useShell.getState().setRecent(recent);
}

/** Show an opened project in the editor. */
export function showProject(opened: OpenedProject): void {
  useEditor.getState().loadProject(opened);
  useShell.getState().setLastSaved(null);
}

/** Ask before unsaved changes would be lost; true when it is fine to go on. */
export async function confirmLeave(): Promise<boolean> {
  const { project, dirty } = useEditor.getState();
  for (const guard of leaveGuards()) if (!(await guard())) return false;
  if (!project || !dirty) return true;
  const choice = await openDialog({ kind: 'unsaved', name: projectDisplayName() });
  if (choice === 'cancel') return false;
  if (choice === 'discard') return true;
  return save();
}

async function runSave(call: (handle: string) => Promise<SaveResult | null>): Promise<boolean> {
  const project = useEditor.getState().project;
  if (!project) return false;
  const shell = useShell.getState();
  shell.setSaving(true);
  try {
    await flushPending();
    const docAtSave = useEditor.getState().history?.doc;
    const result = await attempt(() => call(project.handle));
    if (!result) return false;
    const editor = useEditor.getState();
    editor.markSaved({ ref: result.ref, displayName: result.displayName });
    // an edit made while the save ran is in the journal but not in the saved rows
    if (useEditor.getState().history?.doc !== docAtSave) useEditor.setState({ dirty: true });
    useShell.getState().setLastSaved(result.savedAt);
    void refreshRecent();
    return true;
  } finally {
    useShell.getState().setSaving(false);
  }
}

/** Save the open project (Save As when it was never saved); a read-only model saves what is edited instead. */
export async function save(): Promise<boolean> {
  const project = useEditor.getState().project;
  if (!project) return false;
  const readOnly = useEditor.getState().readOnly;
  if (readOnly) return readOnly.save();
  if (!project.ref) return saveAs();
  return runSave((handle) => api()['project:save']({ handle }));
}

/** Save the open project under a new name. */
export async function saveAs(): Promise<boolean> {
  const readOnly = useEditor.getState().readOnly;
  if (readOnly) return readOnly.saveAs();
  return runSave((handle) => api()['project:saveAs']({ handle }));
}

/** Checks a feature runs before the open project is closed (the browser edition's backup reminder). */
const beforeCloseHooks: ((handle: string, name: string) => Promise<void>)[] = [];

/** Run `hook` before every close of a project (File › Close, New, Open); its failure never blocks closing. */
export function onBeforeClose(hook: (handle: string, name: string) => Promise<void>): void {
  beforeCloseHooks.push(hook);
}

/** Close the open project without asking (callers asked first). */
export async function closeCurrent(): Promise<void> {
  const project = useEditor.getState().project;
  if (!project) return;
  await flushPending();
  for (const hook of beforeCloseHooks) await hook(project.handle, projectDisplayName()).catch(() => undefined);
  useEditor.getState().closeProject();
  useShell.getState().setLastSaved(null);
  await api()['project:close']({ handle: project.handle });
}

/** File › New. */
export async function newProject(): Promise<void> {
  if (!(await confirmLeave())) return;
  await attempt(async () => {
    await closeCurrent();
    // an untouched new project has nothing to lose: leaving it asks nothing (Save still names it)
    showProject({ ...(await api()['project:new']({})), dirty: false });
  });
}

/** File › New from example: the worked example of 001 §3.3.4 as a new, unsaved project. */
export async function newFromExample(): Promise<void> {
  if (!(await confirmLeave())) return;
  await attempt(async () => {
    await closeCurrent();
    const opened = await api()['project:new']({});
    const doc = pengambilanPekerjaExample();
    await api()['project:replace']({ handle: opened.handle, doc });
    showProject({ ...opened, doc, dirty: true });
  });
}

/** File › Open (a dialog when `ref` is absent) and Open Recent. */
export async function openProject(ref?: string): Promise<void> {
  if (!(await confirmLeave())) return;
  await attempt(async () => {
    const current = useEditor.getState().project;
    // reopening the open project: close it first so its discarded edits are not offered back
    if (ref && current?.ref === ref) await closeCurrent();
    const opened = await api()['project:open']({ ref });
    if (!opened) return;
    await closeCurrent();
    showProject(opened);
  });
  // also after a failure: a project that was not found has left the recent list
  void refreshRecent();
}

/** File › Close. */
export async function closeProject(): Promise<void> {
  if (!(await confirmLeave())) return;
  await attempt(closeCurrent);
}

/** Before the desktop window closes: ask about unsaved changes, then close the project. */
export async function confirmQuit(): Promise<boolean> {
  if (!(await confirmLeave())) return false;
  // closing drops the journal of edits the user chose not to save; a failure must not block quitting
  await attempt(closeCurrent);
  return true;
}

/** Answer the recovery prompt of the open project. */
export async function resolveRecovery(accept: boolean): Promise<void> {
  const project = useEditor.getState().project;
  if (!project) return;
  const opened = await attempt(() => api()['project:resolveRecovery']({ handle: project.handle, accept }));
  if (!opened) return;
  useEditor.getState().loadProject(opened);
  // not every edit came back as it was made: the user checks before saving
  if (opened.restored) useEditor.getState().setError({ key: 'recovery.partial', params: opened.restored });
}

/** Switch the UI language and remember it. */
export async function setLanguage(language: Language): Promise<void> {
  await changeLanguage(language);
  const settings = await attempt(() => api()['settings:set']({ language }));
  if (settings) useShell.getState().setSettings(settings);
}

/** Toggle between Bahasa Melayu and English. */
export function toggleLanguage(): Promise<void> {
  return setLanguage(useShell.getState().settings.language === 'ms' ? 'en' : 'ms');
}

/** Menu actions the shell answers itself; every other action is answered by a feature's registered menu item. */
export const SHELL_MENU_ACTIONS: Partial<Record<MenuAction, (ref?: string) => unknown>> = {
  'file.new': () => newProject(),
  'file.newFromExample': () => newFromExample(),
  'file.open': (ref) => openProject(ref),
  'file.save': () => save(),
  'file.saveAs': () => saveAs(),
  'file.close': () => closeProject(),
  'edit.undo': () => useEditor.getState().undo(),
  'edit.redo': () => useEditor.getState().redo(),
  'settings.toggleLanguage': () => toggleLanguage(),
};

/**
 * Run a native-menu action (desktop) or its in-app equivalent. The native menu stays clickable
 * while the page shows a modal question, so, like the keyboard shortcuts, its actions wait until the
 * question is answered: File › New or Save during the recovery prompt would drop the recovered edits.
 */
export async function runMenuAction(action: MenuAction, ref?: string): Promise<void> {
  if (action !== 'settings.toggleLanguage' && (isDialogOpen() || useEditor.getState().recovery)) return;
  const own = SHELL_MENU_ACTIONS[action];
  if (own) return void (await own(ref));
  const item = menuItemForAction(action);
  if (item && (item.needsProject === false || useEditor.getState().project)) await attempt(async () => item.run());
}
