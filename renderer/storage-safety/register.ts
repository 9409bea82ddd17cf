/**
 * Storage safety in the browser edition: File › Download a .lakar copy and File › Back up every
 * project; at start, the persistence request and the week-old reminder; before a project closes,
 * the reminder to keep a copy; in the single-file edition, the notice about classified data.
 */
import { registerMenuItem } from '../shell/registry';
import { onBeforeClose } from '../shell/actions';
import { useEditor } from '../state/editor';
import { isBrowserApi } from '../backend/browser/browser-api';
import { downloadBackup, downloadLakarCopy, noticeClassifiedInSingleFile, remindAtClose, remindAtStart } from './actions';
import { startStorageSafety } from './storageStore';
import type { KeyValueStore } from '../backend/browser/settings';

function localStore(): KeyValueStore | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

onBeforeClose(async (handle, name) => remindAtClose(handle, name));

// once the backend is known (main.tsx sets it before the first render): the desktop has none of this
const stop = useEditor.subscribe((s, prev) => {
  if (!s.api || s.api === prev.api) return;
  stop();
  if (!isBrowserApi(s.api)) return;
  registerMenuItem({ id: 'storage.copy', menu: 'file', labelKey: 'storage:menu.copy', order: 85, run: downloadLakarCopy });
  if (!s.api.storage.singleFile) registerMenuItem({ id: 'storage.backup', menu: 'file', labelKey: 'storage:menu.backup', order: 86, needsProject: false, run: () => void downloadBackup() });
  const store = localStore();
  if (!store) return;
  void startStorageSafety(typeof navigator !== 'undefined' ? navigator.storage : undefined, store).then(() => remindAtStart(store));
  // every project shown in the single-file edition is checked for classified data once
  useEditor.subscribe((now, before) => {
    if (now.history?.doc !== before.history?.doc) void noticeClassifiedInSingleFile(store);
  });
});
