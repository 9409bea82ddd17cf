/**
 * Security of the desktop window, as plain functions over the few Electron shapes they touch, so
 * they run under vitest and electron/main.ts only passes the real objects in:
 * - the window is created here, with every webPreference spelled out as a literal (also so that
 *   Electronegativity, which reads the source, can verify them);
 * - navigation, redirects, new windows, `<webview>` and permission requests are all refused;
 * - every request that is not the app's own protocol (or the devtools) is cancelled: Lakar makes
 *   no network calls at run time.
 */
import { APP_ORIGIN, APP_SCHEME } from './protocol';

/** Where the window's pages may come from: the app protocol, plus Vite's dev server in development. */
export interface OriginPolicy {
  /** Origin of `LAKAR_DEV_URL` (only when not packaged), e.g. `http://127.0.0.1:5173`; else null. */
  devOrigin: string | null;
}

/** Production policy: only `lakar://app`. */
export const PACKAGED_ORIGIN_POLICY: OriginPolicy = Object.freeze({ devOrigin: null });

/** The origin of `url`, or null when it has none (opaque or unparsable). */
function originOf(url: string): string | null {
  try {
    const u = new URL(url);
    // `lakar:` is registered as a standard scheme in Electron; Node's URL treats it as opaque
    if (u.protocol === `${APP_SCHEME}:`) return u.host ? `${APP_SCHEME}://${u.host}` : null;
    return u.origin === 'null' ? null : u.origin;
  } catch {
    return null;
  }
}

/** Is `url` a page of the app itself (the only pages allowed to call IPC)? */
export function isAppUrl(url: string, policy: OriginPolicy): boolean {
  const origin = originOf(url);
  return origin !== null && (origin === APP_ORIGIN || (policy.devOrigin !== null && origin === policy.devOrigin));
}

/**
 * May the session let this request through? The app protocol, in-memory `data:`/`blob:` URLs and
 * the devtools' own pages only; in development also the dev server (its HMR web socket included).
 */
export function isAllowedRequestUrl(url: string, policy: OriginPolicy): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  switch (u.protocol) {
    case `${APP_SCHEME}:`:
      return isAppUrl(url, policy);
    case 'data:':
    case 'blob:':
    case 'devtools:':
      return true;
    case 'http:':
    case 'https:':
      return policy.devOrigin !== null && u.origin === policy.devOrigin;
    case 'ws:':
      return policy.devOrigin !== null && `http://${u.host}` === policy.devOrigin;
    default:
      return false;
  }
}

/**
 * The origin of the dev server URL, accepted only for a loopback http URL and an unpackaged app;
 * anything else means "no dev server" (the packaged app never loads remote pages).
 */
export function devOriginFrom(devUrl: string | undefined, isPackaged: boolean): string | null {
  if (isPackaged || !devUrl) return null;
  try {
    const u = new URL(devUrl);
    const loopback = u.hostname === '127.0.0.1' || u.hostname === 'localhost' || u.hostname === '[::1]';
    return u.protocol === 'http:' && loopback ? u.origin : null;
  } catch {
    return null;
  }
}

/** What the window needs to know beyond security: its preload script and how it looks. */
export interface WindowSpec {
  preload: string;
  title: string;
  icon?: string;
  width?: number;
  height?: number;
}

/**
 * Create the main window through `BrowserWindow` (the real Electron class in main.ts, a recording
 * fake in tests). The web preferences are the whole security posture of the renderer.
 */
export function createSecureWindow<W>(BrowserWindow: new (options: Record<string, unknown>) => W, spec: WindowSpec): W {
  return new BrowserWindow({
    title: spec.title,
    icon: spec.icon,
    width: spec.width ?? 1400,
    height: spec.height ?? 900,
    minWidth: 900,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
      // the preload is reviewed: it only exposes the frozen window.lakar built from the shared/ipc contract
      preload: spec.preload, // eng-disable PRELOAD_JS_CHECK reviewed: exposes window.lakar only, never ipcRenderer
    },
  });
}

/** The part of an Electron event a guard needs. */
export interface PreventableEvent {
  preventDefault(): void;
}

/** The part of `WebContents` the navigation guards use. */
export interface GuardableContents {
  on(event: 'will-navigate' | 'will-redirect' | 'will-frame-navigate' | 'will-attach-webview', listener: (event: PreventableEvent, ...rest: unknown[]) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/**
 * Refuse every navigation away from the loaded page, every redirect, every new window and every
 * `<webview>`: the app is a single page and never shows anything else. `onRefused` learns the URL
 * (for a log line; links to the web are not opened either, since nothing may reach the network).
 */
export function guardNavigation(contents: GuardableContents, onRefused: (kind: string, url: string) => void = () => undefined): void {
  const refuse = (kind: string) => (event: PreventableEvent, ...rest: unknown[]) => {
    event.preventDefault();
    // will-navigate passes the URL as an argument, will-frame-navigate only on the event
    const first = rest[0];
    const onEvent = (event as PreventableEvent & { url?: unknown }).url;
    const url = typeof first === 'string' ? first : typeof onEvent === 'string' ? onEvent : '';
    onRefused(kind, url);
  };
  contents.on('will-navigate', refuse('will-navigate'));
  contents.on('will-frame-navigate', refuse('will-frame-navigate'));
  contents.on('will-redirect', refuse('will-redirect'));
  contents.on('will-attach-webview', refuse('will-attach-webview'));
  contents.setWindowOpenHandler(({ url }) => {
    onRefused('window-open', url);
    return { action: 'deny' };
  });
}

/** The part of `Session` the session guards use. */
export interface GuardableSession {
  setPermissionRequestHandler(handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (contents: unknown, permission: string) => boolean): void;
  webRequest: {
    onBeforeRequest(listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void): void;
  };
}

/**
 * Deny every permission (camera, notifications, geolocation, clipboard-read…) and cancel every
 * request outside `policy`. `onBlocked` learns cancelled URLs (for a log line).
 */
export function guardSession(session: GuardableSession, policy: OriginPolicy, onBlocked: (url: string) => void = () => undefined): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequestUrl(details.url, policy);
    if (!allowed) onBlocked(details.url);
    callback({ cancel: !allowed });
  });
}
