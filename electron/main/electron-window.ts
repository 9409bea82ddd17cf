/**
 * The app's windows (Electron glue): creation with the secure preferences of security.ts, the
 * close guard per window, and the lookup that tells IPC which of our windows sent a message.
 */
import { BrowserWindow, ipcMain, type IpcMainEvent, type IpcMainInvokeEvent } from 'electron';
import { CLOSE_REPLY_CHANNEL, CLOSE_REQUEST_CHANNEL, MENU_EVENT_CHANNEL, type MenuEvent } from '../../shared/ipc/contract';
import type { CloseRequest } from '../../shared/ipc/bridge';
import { createCloseGuard, type CloseGuard } from './close-guard';
import { confirmCloseWithoutAnswer } from './electron-dialogs';
import { senderRefusal, type SenderInfo } from './ipc-registration';
import type { MenuLanguage } from './menu';
import { createSecureWindow, type OriginPolicy } from './security';

/** How long a page has to acknowledge a close request before Lakar asks natively. */
const CLOSE_ACK_TIMEOUT_MS = 5000;

interface Tracked {
  win: BrowserWindow;
  guard: CloseGuard;
}

/** Options of the window manager. */
export interface WindowOptions {
  preload: string;
  icon?: string;
  /** The page to load: the app protocol's entry, or the dev server. */
  startUrl: string;
  policy: OriginPolicy;
  getLanguage(): MenuLanguage;
  /** A window closed (release its projects). */
  onClosed(windowId: number): void;
  /** The user refused to close a window (cancel a pending quit). */
  onCloseRefused(): void;
}

/** Creates and tracks the app's windows. */
export function createWindowManager(options: WindowOptions) {
  const windows = new Map<number, Tracked>();

  function identifySender(event: IpcMainInvokeEvent | IpcMainEvent): SenderInfo | null {
    const frame = event.senderFrame;
    if (!frame) return null;
    const win = BrowserWindow.fromWebContents(event.sender);
    const main = event.sender.mainFrame;
    return {
      url: frame.url,
      isMainFrame: frame.parent === null && frame.processId === main.processId && frame.routingId === main.routingId,
      windowId: win && windows.get(win.id)?.win === win ? win.id : null,
    };
  }

  // the page's answers to close requests, from our own windows only
  ipcMain.on(CLOSE_REPLY_CHANNEL, (event, payload: unknown) => {
    const sender = identifySender(event);
    if (senderRefusal(sender, options.policy) !== null || sender?.windowId == null) return;
    windows.get(sender.windowId)?.guard.onReply(payload);
  });

  function create(): BrowserWindow {
    const win = createSecureWindow(BrowserWindow, { preload: options.preload, icon: options.icon, title: 'Lakar' });
    const id = win.id;
    const guard = createCloseGuard({
      ask: (requestId) => win.webContents.send(CLOSE_REQUEST_CHANNEL, { requestId } satisfies CloseRequest),
      pageCanAnswer: () => !win.webContents.isCrashed() && !win.webContents.isLoadingMainFrame(),
      confirmWithoutAnswer: () => confirmCloseWithoutAnswer(win, options.getLanguage()),
      close: () => win.close(),
      onRefused: options.onCloseRefused,
      timeoutMs: CLOSE_ACK_TIMEOUT_MS,
      setTimer: (run, ms) => setTimeout(run, ms),
      clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    });
    windows.set(id, { win, guard });
    win.on('close', (event) => {
      if (!guard.onClose()) event.preventDefault();
    });
    win.on('closed', () => {
      windows.delete(id);
      options.onClosed(id);
    });
    win.once('ready-to-show', () => win.show());
    void win.loadURL(options.startUrl);
    return win;
  }

  /** The focused window, else any of ours. */
  function current(): BrowserWindow | null {
    const focused = BrowserWindow.getFocusedWindow();
    if (focused && windows.has(focused.id)) return focused;
    return windows.values().next().value?.win ?? null;
  }

  /** Send a menu event to the current window, creating one when there is none. */
  function sendMenuEvent(event: MenuEvent): void {
    const win = current() ?? create();
    const send = () => win.webContents.send(MENU_EVENT_CHANNEL, event);
    // the preload keeps events that arrive before the page subscribed; before the page has
    // loaded there is no preload yet, so wait for the load
    if (win.webContents.isLoading()) win.webContents.once('did-finish-load', send);
    else send();
  }

  /** Bring the current window to the front. */
  function focus(): void {
    const win = current();
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  }

  return { create, current, focus, sendMenuEvent, identifySender, count: () => windows.size };
}
