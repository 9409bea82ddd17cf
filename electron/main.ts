/**
 * Electron main process of Lakar. Glue only: every decision lives in a tested module of
 * electron/main/ (security, protocol, IPC registration, menu, close guard, launch arguments) or in
 * the desktop handlers; this file wires them to Electron's app lifecycle.
 */
import fsp from 'node:fs/promises';
import path from 'node:path';
import { app, ipcMain, Menu, protocol, session } from 'electron';
import type { RecentEntry, Settings } from '../shared/ipc/contract';
import { createElectronDialogs } from './main/electron-dialogs';
import { createWindowManager } from './main/electron-window';
import { createDesktopHandlers } from './main/handlers';
import { registerIpcHandlers } from './main/ipc-registration';
import { JS_FLAGS } from './main/js-flags';
import { projectFileFromArgv } from './main/launch';
import { buildMenuTemplate, type MenuLanguage } from './main/menu';
import { APP_ENTRY_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './main/protocol';
import { devOriginFrom, guardNavigation, guardSession } from './main/security';

// bundled into dist-electron/main.cjs: __dirname is dist-electron/, the renderer build is ../dist
const RENDERER_DIR = path.join(__dirname, '..', 'dist');
const PRELOAD = path.join(__dirname, 'preload.cjs');
const ICON = path.join(__dirname, '..', 'assets', 'icons', 'icon.png');
/** Channels after which Open Recent or the menu language may have changed (the page asks for the recent list after a failed open too). */
const MENU_REFRESH_CHANNELS = new Set(['project:new', 'project:open', 'project:recent', 'project:save', 'project:saveAs', 'project:close', 'settings:set']);

const devOrigin = devOriginFrom(process.env.LAKAR_DEV_URL, app.isPackaged);
const policy = { devOrigin };
const log = (what: string, detail: unknown) => console.warn(`[lakar] ${what}:`, detail);

app.enableSandbox();
// V8 flags for the windows and their workers (js-flags.ts says why); only a switch set before `ready` reaches them
app.commandLine.appendSwitch('js-flags', JS_FLAGS); // eng-disable CUSTOM_ARGUMENTS_JS_CHECK reviewed: V8 young-generation size only (js-flags.ts), no security switch
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);

// a project opened before the app was ready (macOS open-file, or the command line)
let pendingProject: string | null = projectFileFromArgv(process.argv, process.cwd());

if (!app.requestSingleInstanceLock()) {
  // another Lakar is running: it receives our command line through `second-instance`
  app.quit();
} else {
  app.on('open-file', (event, file) => {
    event.preventDefault();
    if (app.isReady()) windows.sendMenuEvent({ action: 'file.open', ref: file });
    else pendingProject = file;
  });
  app.on('web-contents-created', (_event, contents) => guardNavigation(contents, (kind, url) => log(`refused ${kind}`, url)));
  void app.whenReady().then(start);
}

let language: MenuLanguage = 'ms';
let quitting = false;

const handlers = createDesktopHandlers({
  userDataDir: app.getPath('userData'),
  dialogs: createElectronDialogs({ getLanguage: () => language, defaultDir: app.getPath('documents') }),
});

const windows = createWindowManager({
  preload: PRELOAD,
  icon: ICON,
  startUrl: devOrigin && process.env.LAKAR_DEV_URL ? process.env.LAKAR_DEV_URL : APP_ENTRY_URL,
  policy,
  getLanguage: () => language,
  onClosed: (windowId) => void handlers.closeWindow(windowId).catch((e: unknown) => log('closing window projects failed', e)),
  onCloseRefused: () => {
    quitting = false;
  },
});

async function refreshMenu(): Promise<void> {
  const internal = { windowId: 0 }; // recent list and settings do not depend on the window
  const [settings, recent] = await Promise.all([
    handlers['settings:get']({}, internal).catch((): Settings | null => null),
    handlers['project:recent']({}, internal).catch((): RecentEntry[] => []),
  ]);
  if (settings) language = settings.language;
  const template = buildMenuTemplate({ lang: language, recent, isDev: !app.isPackaged, platform: process.platform, send: (e) => windows.sendMenuEvent(e) });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function start(): Promise<void> {
  guardSession(session.defaultSession, policy, (url) => log('blocked request', url));
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ rootDir: RENDERER_DIR, readFile: (file) => fsp.readFile(file) }));
  registerIpcHandlers({
    ipcMain,
    handlers,
    policy,
    identifySender: windows.identifySender,
    afterCall: (channel) => {
      if (MENU_REFRESH_CHANNELS.has(channel)) void refreshMenu();
    },
    onProblem: (channel, problem) => log(`IPC ${channel}`, problem),
  });
  app.setAboutPanelOptions({ applicationName: 'Lakar', applicationVersion: app.getVersion() });
  await refreshMenu();
  windows.create();
  if (pendingProject) windows.sendMenuEvent({ action: 'file.open', ref: pendingProject });
  pendingProject = null;
}

app.on('second-instance', (_event, argv, workingDirectory) => {
  windows.focus();
  const file = projectFileFromArgv(argv, workingDirectory);
  if (file) windows.sendMenuEvent({ action: 'file.open', ref: file });
});

app.on('activate', () => {
  if (app.isReady() && windows.count() === 0) windows.create();
});

app.on('before-quit', () => {
  quitting = true;
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin' || quitting) app.quit();
});

let released = false;
app.on('will-quit', (event) => {
  if (released) return;
  // release every project (journals of unsaved edits are kept) before the process ends
  event.preventDefault();
  void handlers
    .dispose()
    .catch((e: unknown) => log('releasing projects failed', e))
    .finally(() => {
      released = true;
      app.quit();
    });
});
