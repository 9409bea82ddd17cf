/**
 * Picks the backend at startup: the desktop edition's `window.lakar` (exposed by the preload) when
 * present, else the browser edition on IndexedDB.
 */
import type { LakarApi } from '../../shared/ipc/contract';
import { withTables } from '../../shared/ipc/page-api';
import { createBrowserApi, type BrowserUi } from './browser/browser-api';
import { LakarDb } from './browser/db';
import { memoryStore, type KeyValueStore } from './browser/settings';
import { webLocks } from './browser/locks';
import { fileSystemAccess } from './browser/file-access';
import { indexedDbFileHandles, memoryFileHandles } from './browser/file-handles';
import { workerEngine } from '../lakar-file/client';
import type { LakarFileEngine } from '../lakar-file/engine';

function webStorage(kind: 'localStorage' | 'sessionStorage'): KeyValueStore {
  try {
    const s = window[kind];
    const probe = '__lakar_probe__';
    s.setItem(probe, '1');
    s.removeItem(probe);
    return s;
  } catch {
    // storage disabled (privacy settings): settings last for this page only
    return memoryStore();
  }
}

/**
 * The single-file edition: lakar.html opened from a folder, USB stick or e-mail attachment. In
 * Chromium every local HTML file shares the one `file://` origin, so any other downloaded page
 * opened in the same browser could read what Lakar keeps in its storage.
 */
export function isSingleFileEdition(): boolean {
  // `vite build --mode file` (npm run web:file) builds it; opened from a file it is it in any case
  return import.meta.env.MODE === 'file' || window.location.protocol === 'file:';
}

/** The backend for this window; `ui` supplies the browser edition's Open and Save As dialogs. */
export function createBackend(ui: BrowserUi): LakarApi {
  // the desktop edition: documents cross the preload's bridge in their wire form (page-api.ts says why)
  if (window.lakar) return withTables(window.lakar);
  const singleFile = isSingleFileEdition();
  let engine: LakarFileEngine | null = null;
  return createBrowserApi({
    db: new LakarDb(),
    ui,
    settingsStore: webStorage('localStorage'),
    tabStore: webStorage('sessionStorage'),
    locks: webLocks(),
    files: fileSystemAccess(window),
    // on file:// no handle is kept in storage other local pages can read
    fileHandles: singleFile ? memoryFileHandles() : indexedDbFileHandles(),
    engine: () => (engine ??= workerEngine()),
    singleFile,
    appVersion: typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0',
  });
}

export { isBrowserApi } from './browser/browser-api';
export { describeError } from './errors';
