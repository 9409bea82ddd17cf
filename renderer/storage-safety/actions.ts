/**
 * What the storage-safety features do in the browser edition: one-click backup of every project
 * kept in browser storage (a zip of `.lakar` files), a `.lakar` copy of the open project, the
 * reminders (at start after a week only in the browser, at close with changes in no file) and the
 * one-time notice of the single-file edition for data classified Terhad or higher.
 */
import { zipSync } from 'fflate';
import { isBrowserApi, type BrowserApi } from '../backend/browser/browser-api';
import { attempt } from '../state/backendCalls';
import { useEditor } from '../state/editor';
import { openDialog } from '../shell/dialogs';
import { holdsProtectedData, projectsNeedingBackup, shouldRemindAtStart } from '../../shared/storage-safety/reminders';
import type { KeyValueStore } from '../backend/browser/settings';

const REMINDED_KEY = 'lakar.backupRemindedAt';
const CLASSIFIED_NOTICE_KEY = 'lakar.singleFileClassifiedNotice';

function browserApi(): BrowserApi | null {
  const api = useEditor.getState().api;
  return api && isBrowserApi(api) ? api : null;
}

/** `lakar-sandaran-2026-03-20.zip` */
export function backupFileName(now: Date): string {
  return `lakar-sandaran-${now.toISOString().slice(0, 10)}.zip`;
}

/** Download every project kept in browser storage as `.lakar` files in one zip; false when there is none. */
export async function downloadBackup(): Promise<boolean> {
  const api = browserApi();
  if (!api) return false;
  const done = await attempt(async () => {
    const files = await api.backupStoredProjects();
    if (files.length === 0) {
      await openDialog({ kind: 'confirm', messageKey: 'storage:backup.nothing', confirmKey: 'common:action.close' });
      return false;
    }
    const zip = zipSync(Object.fromEntries(files.map((f) => [f.name, f.data])), { level: 6 });
    await api['file:saveBytes']({ kind: 'zip', suggestedName: backupFileName(new Date()), data: zip });
    return true;
  });
  return done ?? false;
}

/** Download the open project as a `.lakar` file (File › Download a .lakar copy). */
export async function downloadLakarCopy(): Promise<void> {
  const api = browserApi();
  const project = useEditor.getState().project;
  if (!api || !project) return;
  await attempt(async () => {
    const copy = await api.lakarCopy(project.handle);
    await api['file:saveBytes']({ kind: 'lakar', suggestedName: copy.name, data: copy.data as Uint8Array<ArrayBuffer> });
  });
}

/** At start: remind (at most once a day) when projects have lived only in browser storage for a week. */
export async function remindAtStart(store: KeyValueStore, now: Date = new Date()): Promise<void> {
  const api = browserApi();
  if (!api || api.storage.singleFile) return;
  const facts = await api.storedProjectFacts().catch(() => []);
  if (!shouldRemindAtStart(facts, store.getItem(REMINDED_KEY), now)) return;
  store.setItem(REMINDED_KEY, now.toISOString());
  const stale = projectsNeedingBackup(facts, now);
  const yes = await openDialog({
    kind: 'confirm',
    messageKey: 'storage:reminder.week',
    params: { count: String(stale.length), names: stale.slice(0, 3).map((p) => p.name).join(', ') + (stale.length > 3 ? ', …' : '') },
    confirmKey: 'storage:backup.download',
  });
  if (yes) await downloadBackup();
}

/** Before a project kept in browser storage is closed with changes in no file: offer a `.lakar` copy. */
export async function remindAtClose(handle: string, name: string): Promise<void> {
  const api = browserApi();
  if (!api || !(await api.needsCopyAtClose(handle).catch(() => false))) return;
  const yes = await openDialog({ kind: 'confirm', messageKey: 'storage:reminder.close', params: { name }, confirmKey: 'storage:copy.download', cancelKey: 'storage:copy.closeWithout' });
  if (yes) await downloadLakarCopy();
}

/** Single-file edition: once, when a project holds data classified Terhad or higher, say why real files are used. */
export async function noticeClassifiedInSingleFile(store: KeyValueStore): Promise<void> {
  const api = browserApi();
  const doc = useEditor.getState().history?.doc;
  if (!api?.storage.singleFile || !doc || store.getItem(CLASSIFIED_NOTICE_KEY)) return;
  if (!holdsProtectedData(doc)) return;
  store.setItem(CLASSIFIED_NOTICE_KEY, new Date().toISOString());
  await openDialog({ kind: 'confirm', messageKey: 'storage:classified.notice', confirmKey: 'storage:classified.understood' });
}
