/**
 * Preload of the Lakar window (sandboxed, context-isolated). Glue only: exposes the frozen
 * `window.lakar` that shared/ipc/bridge.ts builds from the IPC contract. The page never sees
 * `ipcRenderer` or the IPC event objects, only payloads.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createLakarApi } from '../shared/ipc/bridge';

const api = createLakarApi({
  invoke: (channel, args) => ipcRenderer.invoke(channel, args),
  on: (channel, listener) => {
    const forward = (_event: Electron.IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, forward);
    return () => {
      ipcRenderer.removeListener(channel, forward);
    };
  },
  send: (channel, payload) => ipcRenderer.send(channel, payload),
});

contextBridge.exposeInMainWorld('lakar', api);
