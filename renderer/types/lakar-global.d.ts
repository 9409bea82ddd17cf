/**
 * Globals the renderer may find at run time. In the desktop edition the preload script exposes the
 * frozen `window.lakar` (built from the shared/ipc contract); in the browser edition it is absent.
 */
import type { LakarApi } from '../../shared/ipc/contract';

declare global {
  interface Window {
    /** Present only in the Electron edition (electron/preload.ts). */
    readonly lakar?: LakarApi;
  }
}

export {};
