/**
 * Picks the backend at startup: the desktop edition's `window.lakar` (exposed by the preload) when
 * present, else the browser edition on IndexedDB.
 */
import type { LakarApi } from '../../shared/ipc/contract';
import { createBrowserApi, type BrowserUi } from './browser/browser-api';
import { LakarDb } from './browser/db';
import { memoryStore, type KeyValueStore } from './browser/settings';
import { webLocks } from './browser/locks';

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

/** The backend for this window; `ui` supplies the browser edition's Open and Save As dialogs. */
export function createBackend(ui: BrowserUi): LakarApi {
  if (window.lakar) return window.lakar;
  return createBrowserApi({ db: new LakarDb(), ui, settingsStore: webStorage('localStorage'), tabStore: webStorage('sessionStorage'), locks: webLocks() });
}

export { isBrowserApi } from './browser/browser-api';
export { describeError } from './errors';
