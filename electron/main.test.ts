/**
 * The real bundles of electron/main.ts and electron/preload.ts (built by scripts/build-electron.mjs),
 * run under Node against a fake `electron` module: the glue wires the tested modules as intended,
 * and a page's `window.lakar` reaches the real desktop handlers and back.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeElectron, FakeEvent, type FakeBrowserWindow, type FakeElectron } from '../test/helpers/fake-electron';
import { CLOSE_REQUEST_CHANNEL, DEFAULT_SETTINGS, IPC_CHANNELS, MENU_EVENT_CHANNEL, type LakarApi, type MenuEvent } from '../shared/ipc/contract';
import { toUserErrorPayload } from '../shared/ipc/errors';
import { CONTENT_SECURITY_POLICY } from '../shared/security/csp';
import { APP_ENTRY_URL } from './main/protocol';
import { createProject } from './store/project';
import { withTables } from '../shared/ipc/page-api';
import { executeCommand } from '../shared/commands';
import { Table } from '../shared/model';
import { pengambilanPekerjaExample } from '../shared/samples/pengambilan-pekerja';

const ROOT = path.resolve(__dirname, '..');
const nodeRequire = createRequire(path.join(ROOT, 'package.json'));
let base: string;
let bundleDir: string;

beforeAll(() => {
  base = mkdtempSync(path.join(tmpdir(), 'lakar-glue-'));
  bundleDir = path.join(base, 'dist-electron');
  const built = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build-electron.mjs'), '--outdir', bundleDir], { encoding: 'utf8' });
  expect(built.status, built.stderr).toBe(0);
  // the renderer build the protocol serves (../dist from the bundle)
  mkdirSync(path.join(base, 'dist'));
  writeFileSync(path.join(base, 'dist', 'index.html'), '<!doctype html><div id="root"></div>');
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** Run a CommonJS bundle with `require('electron')` answered by `electron`; nothing else for a preload. */
function run(file: string, electron: unknown, allowNode: boolean): void {
  const code = readFileSync(file, 'utf8');
  const requireFor = (id: string) => {
    if (id === 'electron') return electron;
    if (!allowNode) throw new Error(`a sandboxed preload cannot require "${id}"`);
    return nodeRequire(id);
  };
  const module = { exports: {} };
  new Function('require', 'module', 'exports', '__dirname', '__filename', code)(requireFor, module, module.exports, path.dirname(file), file);
}

const flush = () => new Promise((r) => setTimeout(r, 20));
const savedDevUrl = process.env.LAKAR_DEV_URL;
// the main process logs refusals and blocked requests; the tests provoke them on purpose
beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
  if (savedDevUrl === undefined) delete process.env.LAKAR_DEV_URL;
  else process.env.LAKAR_DEV_URL = savedDevUrl;
});

/** Load the main bundle on a fresh fake Electron; `ready` fires the app's ready event. */
async function startMain(options: { isPackaged?: boolean; ready?: boolean } = {}) {
  const userData = mkdtempSync(path.join(base, 'userData-'));
  const electron = createFakeElectron({ userData, isPackaged: options.isPackaged ?? true });
  run(path.join(bundleDir, 'main.cjs'), electron.mainModule, true);
  if (options.ready ?? true) {
    electron.ready();
    await flush();
  }
  return { electron, win: electron.BrowserWindow.all[0] as FakeBrowserWindow | undefined };
}

/** Load the preload bundle as the page of `win`; returns its `window.lakar`. */
function startPreload(electron: FakeElectron, win: FakeBrowserWindow): LakarApi {
  run(path.join(bundleDir, 'preload.cjs'), electron.preloadModule(win), false);
  return electron.exposed.get('lakar') as LakarApi;
}

/** Labels of the application menu's top level. */
function menuLabels(electron: FakeElectron): string[] {
  return (electron.Menu.current?.template as Array<{ label?: string }>).map((m) => m.label ?? '');
}

describe('electron/main.ts (bundled, on a fake Electron)', () => {
  it("enables the sandbox, sets the windows' V8 flags and registers the app scheme before the app is ready", async () => {
    const { electron } = await startMain({ ready: false });
    // a js-flags switch set after `ready` would not reach the windows (electron/main/js-flags.ts)
    expect(electron.log).toEqual(expect.arrayContaining(['enableSandbox ready=false', 'appendSwitch js-flags=--max-semi-space-size=64 ready=false', 'registerSchemesAsPrivileged ready=false']));
    expect(electron.protocol.privileged).toEqual([{ scheme: 'lakar', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
  });

  it('serves the renderer build through lakar:// with the CSP header', async () => {
    const { electron } = await startMain();
    const res = await electron.protocol.handlers.get('lakar')!(new Request(APP_ENTRY_URL));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await res.text()).toContain('id="root"');
  });

  it('opens one window with the secure preferences and the bundled preload, on the app page', async () => {
    const { electron, win } = await startMain();
    expect(electron.BrowserWindow.all).toHaveLength(1);
    const prefs = win!.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, allowRunningInsecureContent: false, experimentalFeatures: false });
    expect(prefs.preload).toBe(path.join(bundleDir, 'preload.cjs'));
    expect(existsSync(prefs.preload as string)).toBe(true);
    expect(win!.loadedUrl).toBe(APP_ENTRY_URL);
  });

  it('refuses navigation and new windows, denies permissions and cancels network requests', async () => {
    const { electron, win } = await startMain();
    const navigate = new FakeEvent();
    win!.webContents.emit('will-navigate', navigate, 'https://example.com/');
    expect(navigate.defaultPrevented).toBe(true);
    expect(win!.webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    let granted: boolean | undefined;
    electron.defaultSession.permissionRequest!(win!.webContents, 'media', (g) => (granted = g));
    expect(granted).toBe(false);
    const cancelled = (url: string) => {
      let cancel: boolean | undefined;
      electron.defaultSession.beforeRequest!({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(cancelled('https://example.com/tracker.js')).toBe(true);
    expect(cancelled(APP_ENTRY_URL)).toBe(false);
  });

  it('registers every contract channel and answers only the main frame of its own window', async () => {
    const { electron, win } = await startMain();
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual(Object.keys(IPC_CHANNELS).sort());
    const settingsGet = electron.ipcMain.handlers.get('settings:get')!;
    await expect(settingsGet(electron.eventFrom(win!), {})).resolves.toEqual(DEFAULT_SETTINGS);
    await expect(settingsGet(electron.eventFrom(win!, win!.webContents.subFrame(APP_ENTRY_URL)), {})).rejects.toThrow(/refused/);
    const stranger = new electron.BrowserWindow({});
    void stranger.loadURL(APP_ENTRY_URL);
    await expect(settingsGet(electron.eventFrom(stranger), {})).rejects.toThrow(/refused/);
  });

  it('ignores LAKAR_DEV_URL in a packaged app and uses it only when unpackaged', async () => {
    process.env.LAKAR_DEV_URL = 'http://127.0.0.1:5173/';
    expect((await startMain({ isPackaged: true })).win!.loadedUrl).toBe(APP_ENTRY_URL);
    const dev = await startMain({ isPackaged: false });
    expect(dev.win!.loadedUrl).toBe('http://127.0.0.1:5173/');
  });

  it('builds the native menu in Bahasa Melayu by default', async () => {
    const { electron } = await startMain();
    expect(menuLabels(electron)).toEqual(process.platform === 'darwin' ? ['Lakar', 'Fail', 'Sunting', 'Paparan', 'Tetingkap', 'Bantuan'] : ['Fail', 'Sunting', 'Paparan', 'Bantuan']);
  });
});

describe('electron/preload.ts with the main process (bundled, on a fake Electron)', () => {
  it('exposes a frozen window.lakar with one function per channel and no IPC object', async () => {
    const { electron, win } = await startMain();
    const api = startPreload(electron, win!);
    expect(Object.isFrozen(api)).toBe(true);
    expect(api.edition).toBe('desktop');
    for (const channel of Object.keys(IPC_CHANNELS)) expect(typeof (api as unknown as Record<string, unknown>)[channel], channel).toBe('function');
    expect(JSON.stringify(Object.keys(api))).not.toMatch(/ipc|invoke|send/i);
  });

  it('round-trips a call to the real handlers, and the menu follows the language setting', async () => {
    const { electron, win } = await startMain();
    const api = startPreload(electron, win!);
    await expect(api['settings:set']({ language: 'en' })).resolves.toMatchObject({ language: 'en' });
    await expect(api['settings:get']({})).resolves.toMatchObject({ language: 'en' });
    await flush();
    expect(menuLabels(electron)).toContain('File');
  });

  it('opens, replaces and saves a project from the page with its tables whole, though contextBridge copies without prototypes', async () => {
    const file = path.join(base, 'contoh-jambatan.lakar');
    const example = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
    await createProject(file, example);
    const { electron, win } = await startMain();
    // as the page makes its backend (renderer/backend/index.ts)
    const api = withTables(startPreload(electron, win!));
    const opened = (await api['project:open']({ ref: file }))!;
    expect(opened.doc.elements).toBeInstanceOf(Table);
    expect(opened.doc.elements.toRecord()).toEqual(example.elements.toRecord());
    expect(opened.doc.relations.toRecord()).toEqual(example.relations.toRecord());
    // a document the page sends (a merge or an import replaces the whole document) reaches the store whole
    const [firstId] = opened.doc.elements.ids();
    const renamed = executeCommand(opened.doc, 'element.update', { id: firstId, patch: { name: 'Nama baharu' } }).doc;
    await api['project:replace']({ handle: opened.handle, doc: renamed });
    await api['project:save']({ handle: opened.handle });
    await api['project:close']({ handle: opened.handle });
    const reopened = (await api['project:open']({ ref: file }))!;
    expect(reopened.doc.elements.get(firstId)?.name).toBe('Nama baharu');
    expect(reopened.doc.elements.size).toBe(example.elements.size);
    expect(reopened.doc.relations.size).toBe(example.relations.size);
  });

  it('brings a store error to the page with its key and the file name', async () => {
    const { electron, win } = await startMain();
    const api = startPreload(electron, win!);
    const error = await api['project:open']({ ref: path.join(base, 'tiada.lakar') }).catch((e: unknown) => e as Error);
    // only the message survives contextBridge; it still decodes to the key and parameters
    expect(toUserErrorPayload(new Error((error as Error).message))).toEqual({ key: 'store.notFound', params: { file: 'tiada.lakar' } });
  });

  it('rejects malformed arguments from the page with error.badRequest', async () => {
    const { electron, win } = await startMain();
    const api = startPreload(electron, win!);
    const error = await (api['project:save'] as (a: unknown) => Promise<unknown>)({ handle: 42 }).catch((e: unknown) => e as Error);
    expect(toUserErrorPayload(error)).toEqual({ key: 'error.badRequest', params: { channel: 'project:save' } });
  });

  it('delivers native menu clicks to the page', async () => {
    const { electron, win } = await startMain();
    const api = startPreload(electron, win!);
    const got: MenuEvent[] = [];
    api.onMenu((e) => got.push(e));
    win!.focus();
    const file = (electron.Menu.current!.template as Array<{ submenu?: Array<{ id?: string; click?: () => void }> }>).flatMap((m) => m.submenu ?? []);
    file.find((i) => i.id === 'file.save')!.click!();
    expect(win!.webContents.sent.at(-1)).toEqual({ channel: MENU_EVENT_CHANNEL, payload: { action: 'file.save' } });
    expect(got).toEqual([{ action: 'file.save' }]);
  });

  it('asks the page before closing: stays open on "no", closes on "yes"', async () => {
    const { electron, win } = await startMain();
    const api = startPreload(electron, win!);
    let answer = false;
    api.onCloseRequest(async () => answer);
    win!.close();
    await flush();
    expect(win!.webContents.sent.some((s) => s.channel === CLOSE_REQUEST_CHANNEL)).toBe(true);
    expect(win!.isDestroyed()).toBe(false);
    answer = true;
    win!.close();
    await flush();
    expect(win!.isDestroyed()).toBe(true);
  });
});
