/**
 * A stand-in for the `electron` module, enough to run the bundled main process and preload under
 * Node (the real Electron binary cannot run on the build machines). It records what the app asks
 * Electron to do and lets a test fire app events, IPC calls and window events.
 * `connectPreload` joins a preload's `ipcRenderer` to the main process's `ipcMain`, with Electron's
 * wrapping of rejected invokes, so the page's `window.lakar` can be driven end to end.
 */
import path from 'node:path';

type Listener = (...args: never[]) => unknown;

/** A minimal event emitter (on, once, emit, removeListener), like Electron's objects have. */
export class Emitter {
  readonly eventListeners = new Map<string, Array<{ fn: Listener; once: boolean }>>();
  on(event: string, fn: Listener): this {
    this.eventListeners.set(event, [...(this.eventListeners.get(event) ?? []), { fn, once: false }]);
    return this;
  }
  once(event: string, fn: Listener): this {
    this.eventListeners.set(event, [...(this.eventListeners.get(event) ?? []), { fn, once: true }]);
    return this;
  }
  removeListener(event: string, fn: Listener): this {
    this.eventListeners.set(event, (this.eventListeners.get(event) ?? []).filter((l) => l.fn !== fn));
    return this;
  }
  emit(event: string, ...args: unknown[]): boolean {
    const current = this.eventListeners.get(event) ?? [];
    this.eventListeners.set(event, current.filter((l) => !l.once));
    for (const l of current) (l.fn as (...a: unknown[]) => unknown)(...args);
    return current.length > 0;
  }
}

/** An Electron event object: `preventDefault` and whether it was called. */
export class FakeEvent {
  defaultPrevented = false;
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
  processId: number;
  routingId: number;
}

let nextId = 1;

/** The default session: the handlers the app installed, for the test to call. */
export interface FakeSession {
  permissionRequest: null | ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void);
  permissionCheck: null | ((contents: unknown, permission: string) => boolean);
  beforeRequest: null | ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void);
  setPermissionRequestHandler(h: FakeSession['permissionRequest']): void;
  setPermissionCheckHandler(h: FakeSession['permissionCheck']): void;
  webRequest: { onBeforeRequest(l: FakeSession['beforeRequest']): void };
}

export class FakeWebContents extends Emitter {
  readonly id = nextId++;
  readonly sent: Array<{ channel: string; payload: unknown }> = [];
  readonly mainFrame: FakeFrame = { url: '', parent: null, processId: 1, routingId: this.id };
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  isLoading(): boolean {
    return false;
  }
  isLoadingMainFrame(): boolean {
    return false;
  }
  isCrashed(): boolean {
    return false;
  }
  /** An iframe of this page showing `url`. */
  subFrame(url: string): FakeFrame {
    return { url, parent: this.mainFrame, processId: 1, routingId: this.id + 1000 };
  }
}

/** Build a fresh fake `electron` module. */
export function createFakeElectron(options: { userData: string; isPackaged?: boolean }) {
  const log: string[] = [];
  let ready = false;
  let markReady: () => void = () => undefined;
  const readyPromise = new Promise<void>((resolve) => (markReady = resolve));

  const app = Object.assign(new Emitter(), {
    isPackaged: options.isPackaged ?? false,
    getPath: (name: string) => (name === 'userData' ? options.userData : path.join(options.userData, `_${name}`)),
    enableSandbox: () => log.push(`enableSandbox ready=${ready}`),
    commandLine: { appendSwitch: (name: string, value?: string) => log.push(`appendSwitch ${name}=${value ?? ''} ready=${ready}`) },
    requestSingleInstanceLock: () => true,
    whenReady: () => readyPromise,
    isReady: () => ready,
    quit: () => log.push('quit'),
    getVersion: () => '0.0.0-test',
    setAboutPanelOptions: () => undefined,
  });

  const protocol = {
    privileged: [] as Array<{ scheme: string; privileges: Record<string, boolean> }>,
    handlers: new Map<string, (request: Request) => Promise<Response>>(),
    registerSchemesAsPrivileged(schemes: Array<{ scheme: string; privileges: Record<string, boolean> }>) {
      log.push(`registerSchemesAsPrivileged ready=${ready}`);
      protocol.privileged.push(...schemes);
    },
    handle(scheme: string, handler: (request: Request) => Promise<Response>) {
      if (!ready) throw new Error('protocol.handle called before the app is ready');
      protocol.handlers.set(scheme, handler);
    },
  };

  const defaultSession: FakeSession = {
    permissionRequest: null,
    permissionCheck: null,
    beforeRequest: null,
    setPermissionRequestHandler(h) {
      defaultSession.permissionRequest = h;
    },
    setPermissionCheckHandler(h) {
      defaultSession.permissionCheck = h;
    },
    webRequest: {
      onBeforeRequest(l) {
        defaultSession.beforeRequest = l;
      },
    },
  };

  class BrowserWindow extends Emitter {
    static all: BrowserWindow[] = [];
    static focused: BrowserWindow | null = null;
    readonly id = nextId++;
    readonly webContents = new FakeWebContents();
    loadedUrl: string | null = null;
    destroyed = false;
    constructor(readonly options: Record<string, unknown>) {
      super();
      BrowserWindow.all.push(this);
      app.emit('web-contents-created', new FakeEvent(), this.webContents);
    }
    loadURL(url: string): Promise<void> {
      this.loadedUrl = url;
      this.webContents.mainFrame.url = url;
      return Promise.resolve();
    }
    show(): void {}
    focus(): void {
      BrowserWindow.focused = this;
    }
    isMinimized(): boolean {
      return false;
    }
    restore(): void {}
    isDestroyed(): boolean {
      return this.destroyed;
    }
    /** Like clicking the close button: `close` may be prevented, else the window is gone. */
    close(): void {
      const event = new FakeEvent();
      this.emit('close', event);
      if (event.defaultPrevented) return;
      this.destroyed = true;
      BrowserWindow.all = BrowserWindow.all.filter((w) => w !== this);
      this.emit('closed');
    }
    static getFocusedWindow(): BrowserWindow | null {
      return BrowserWindow.focused;
    }
    static fromWebContents(contents: unknown): BrowserWindow | null {
      return BrowserWindow.all.find((w) => w.webContents === contents) ?? null;
    }
  }

  type InvokeListener = (event: unknown, ...args: unknown[]) => Promise<unknown>;
  const ipcMain = {
    handlers: new Map<string, InvokeListener>(),
    listeners: new Map<string, Array<(event: unknown, ...args: unknown[]) => void>>(),
    handle(channel: string, listener: InvokeListener) {
      if (ipcMain.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      ipcMain.handlers.set(channel, listener);
    },
    removeHandler(channel: string) {
      ipcMain.handlers.delete(channel);
    },
    on(channel: string, listener: (event: unknown, ...args: unknown[]) => void) {
      ipcMain.listeners.set(channel, [...(ipcMain.listeners.get(channel) ?? []), listener]);
    },
  };

  const Menu = {
    current: null as null | { template: unknown[] },
    buildFromTemplate: (template: unknown[]) => ({ template }),
    setApplicationMenu: (menu: { template: unknown[] }) => {
      Menu.current = menu;
    },
  };

  const dialog = {
    nextOpen: null as string | null,
    showOpenDialog: async () => ({ canceled: dialog.nextOpen === null, filePaths: dialog.nextOpen ? [dialog.nextOpen] : [] }),
    showSaveDialog: async () => ({ canceled: true, filePath: '' }),
    showMessageBox: async () => ({ response: 1 }),
  };

  /** The IPC event Electron would build for a message from `frame` of `win`. */
  function eventFrom(win: BrowserWindow, frame: FakeFrame = win.webContents.mainFrame) {
    return { sender: win.webContents, senderFrame: frame };
  }

  /** Join a preload's ipcRenderer to ipcMain as window `win`'s page (main frame). */
  function ipcRendererFor(win: BrowserWindow) {
    const rendererListeners = new Map<string, Set<(event: unknown, payload: unknown) => void>>();
    // main → renderer: deliver what the main process sends to this window
    const originalSend = win.webContents.send.bind(win.webContents);
    win.webContents.send = (channel: string, payload: unknown) => {
      originalSend(channel, payload);
      rendererListeners.get(channel)?.forEach((l) => l({ sender: 'ipcRenderer-must-not-leak' }, structuredClone(payload)));
    };
    return {
      async invoke(channel: string, ...args: unknown[]) {
        const handler = ipcMain.handlers.get(channel);
        if (!handler) throw new Error(`Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`);
        try {
          return await handler(eventFrom(win), ...structuredClone(args));
        } catch (e) {
          // Electron keeps only the message, wrapped like this
          throw new Error(`Error invoking remote method '${channel}': ${String(e)}`, { cause: e });
        }
      },
      on(channel: string, listener: (event: unknown, payload: unknown) => void) {
        const set = rendererListeners.get(channel) ?? new Set();
        set.add(listener);
        rendererListeners.set(channel, set);
      },
      removeListener(channel: string, listener: (event: unknown, payload: unknown) => void) {
        rendererListeners.get(channel)?.delete(listener);
      },
      send(channel: string, payload: unknown) {
        for (const l of ipcMain.listeners.get(channel) ?? []) l(eventFrom(win), structuredClone(payload));
      },
    };
  }

  const exposed = new Map<string, unknown>();
  const contextBridge = {
    exposeInMainWorld(key: string, api: unknown) {
      exposed.set(key, acrossContextBridge(api));
    },
  };

  return {
    /** The module the app's code gets for `require('electron')` (main process). */
    mainModule: { app, protocol, session: { defaultSession }, BrowserWindow, ipcMain, Menu, dialog },
    /** The module a preload gets, wired to `win`. */
    preloadModule: (win: BrowserWindow) => ({ contextBridge, ipcRenderer: ipcRendererFor(win) }),
    app,
    protocol,
    defaultSession,
    BrowserWindow,
    ipcMain,
    Menu,
    dialog,
    exposed,
    log,
    eventFrom,
    /** Fire the app's `ready`. */
    ready() {
      ready = true;
      markReady();
    },
  };
}

/**
 * `value` as the other world gets it from contextBridge (Electron's docs, "Parameter / Error / Return
 * Type support"): functions are proxied, their arguments and results crossing the same way; a
 * promise's value and an error's message cross; structured-clone types are cloned; any other object
 * is copied member by member (own enumerable ones) and frozen, its prototype dropped — a class
 * instance arrives as a plain object without its private fields or methods.
 */
export function acrossContextBridge(value: unknown): unknown {
  if (typeof value === 'function') return (...args: unknown[]) => acrossContextBridge((value as (...a: unknown[]) => unknown)(...args.map(acrossContextBridge)));
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Promise)
    return value.then(acrossContextBridge, (e: unknown) => {
      throw new Error(e instanceof Error ? e.message : String(e));
    });
  if (value instanceof Error) return new Error(value.message);
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer || value instanceof Date || value instanceof Map || value instanceof Set) return structuredClone(value);
  if (Array.isArray(value)) return Object.freeze(value.map(acrossContextBridge));
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) copy[key] = acrossContextBridge((value as Record<string, unknown>)[key]);
  return Object.freeze(copy);
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
export type FakeBrowserWindow = InstanceType<FakeElectron['BrowserWindow']>;
