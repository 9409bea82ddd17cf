import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN } from './protocol';
import {
  createSecureWindow,
  devOriginFrom,
  guardNavigation,
  guardSession,
  isAllowedRequestUrl,
  isAppUrl,
  PACKAGED_ORIGIN_POLICY,
  type GuardableContents,
  type GuardableSession,
  type OriginPolicy,
  type PreventableEvent,
} from './security';

const DEV: OriginPolicy = { devOrigin: 'http://127.0.0.1:5173' };

/** Records the options the window was created with. */
class RecordingWindow {
  static last: Record<string, unknown> | null = null;
  constructor(readonly options: Record<string, unknown>) {
    RecordingWindow.last = options;
  }
}

describe('createSecureWindow', () => {
  const win = createSecureWindow(RecordingWindow, { preload: '/app/dist-electron/preload.cjs', title: 'Lakar' });
  const prefs = win.options.webPreferences as Record<string, unknown>;

  it('creates the renderer sandboxed, context-isolated and without Node', () => {
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false });
  });

  it('keeps web security on and experimental or insecure features off', () => {
    expect(prefs).toMatchObject({ webSecurity: true, allowRunningInsecureContent: false, experimentalFeatures: false, webviewTag: false, navigateOnDragDrop: false, spellcheck: false });
    expect(prefs.enableBlinkFeatures).toBeUndefined();
  });

  it('loads the given preload script', () => {
    expect(prefs.preload).toBe('/app/dist-electron/preload.cjs');
  });

  it('hides the window until the page is ready, to avoid a white flash', () => {
    expect(win.options.show).toBe(false);
    expect(RecordingWindow.last).toBe(win.options);
  });
});

describe('isAppUrl', () => {
  it('accepts the app protocol and nothing else in the packaged app', () => {
    expect(isAppUrl(APP_ENTRY_URL, PACKAGED_ORIGIN_POLICY)).toBe(true);
    expect(isAppUrl(`${APP_ORIGIN}/assets/x.js`, PACKAGED_ORIGIN_POLICY)).toBe(true);
    expect(isAppUrl('lakar://other/index.html', PACKAGED_ORIGIN_POLICY)).toBe(false);
    expect(isAppUrl('http://127.0.0.1:5173/', PACKAGED_ORIGIN_POLICY)).toBe(false);
    expect(isAppUrl('file:///opt/lakar/dist/index.html', PACKAGED_ORIGIN_POLICY)).toBe(false);
    expect(isAppUrl('about:blank', PACKAGED_ORIGIN_POLICY)).toBe(false);
    expect(isAppUrl('', PACKAGED_ORIGIN_POLICY)).toBe(false);
  });

  it('also accepts the dev server origin in development, but not a look-alike', () => {
    expect(isAppUrl('http://127.0.0.1:5173/index.html', DEV)).toBe(true);
    expect(isAppUrl('http://127.0.0.1:5174/index.html', DEV)).toBe(false);
    expect(isAppUrl('http://127.0.0.1.evil.example:5173/', DEV)).toBe(false);
  });
});

describe('isAllowedRequestUrl', () => {
  it('lets through the app protocol, in-memory URLs and the devtools', () => {
    for (const url of [APP_ENTRY_URL, `${APP_ORIGIN}/assets/a.css`, 'data:image/png;base64,AAAA', 'blob:lakar://app/1234', 'devtools://devtools/bundled/devtools_app.html']) {
      expect(isAllowedRequestUrl(url, PACKAGED_ORIGIN_POLICY), url).toBe(true);
    }
  });

  it('cancels every network request and every local file in the packaged app', () => {
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:5173/',
      'ws://127.0.0.1:5173/',
      'wss://example.com/socket',
      'ftp://example.com/x',
      'file:///etc/passwd',
      'lakar://evil/index.html',
      'chrome-extension://abc/x.js',
      'not a url',
    ]) {
      expect(isAllowedRequestUrl(url, PACKAGED_ORIGIN_POLICY), url).toBe(false);
    }
  });

  it('allows only the dev server and its HMR socket in development', () => {
    expect(isAllowedRequestUrl('http://127.0.0.1:5173/@vite/client', DEV)).toBe(true);
    expect(isAllowedRequestUrl('ws://127.0.0.1:5173/?token=x', DEV)).toBe(true);
    expect(isAllowedRequestUrl('https://fonts.googleapis.com/css', DEV)).toBe(false);
    expect(isAllowedRequestUrl('ws://127.0.0.1:9999/', DEV)).toBe(false);
  });
});

describe('devOriginFrom', () => {
  it('takes the dev server origin only for a loopback http URL of an unpackaged app', () => {
    expect(devOriginFrom('http://127.0.0.1:5173/', false)).toBe('http://127.0.0.1:5173');
    expect(devOriginFrom('http://localhost:5173', false)).toBe('http://localhost:5173');
    expect(devOriginFrom('http://127.0.0.1:5173/', true)).toBeNull();
    expect(devOriginFrom('https://example.com/', false)).toBeNull();
    expect(devOriginFrom('http://192.168.1.10:5173/', false)).toBeNull();
    expect(devOriginFrom('', false)).toBeNull();
    expect(devOriginFrom(undefined, false)).toBeNull();
    expect(devOriginFrom('::::', false)).toBeNull();
  });
});

/** A WebContents stand-in that records listeners and lets the test fire them. */
function fakeContents() {
  const listeners = new Map<string, (event: PreventableEvent, ...rest: unknown[]) => void>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
  const contents: GuardableContents = {
    on: (event, listener) => listeners.set(event, listener),
    setWindowOpenHandler: (h) => {
      openHandler = h;
    },
  };
  const fire = (name: string, ...rest: unknown[]) => {
    let prevented = false;
    listeners.get(name)?.({ preventDefault: () => (prevented = true) }, ...rest);
    return prevented;
  };
  return { contents, fire, open: (url: string) => openHandler?.({ url }) };
}

describe('guardNavigation', () => {
  it('prevents navigation, frame navigation, redirects and webviews, and reports the URL', () => {
    const { contents, fire } = fakeContents();
    const refused: string[] = [];
    guardNavigation(contents, (kind, url) => refused.push(`${kind} ${url}`));
    expect(fire('will-navigate', 'https://example.com/')).toBe(true);
    expect(fire('will-frame-navigate')).toBe(true);
    expect(fire('will-redirect', 'https://evil.example/')).toBe(true);
    expect(fire('will-attach-webview', {}, {})).toBe(true);
    expect(refused).toContain('will-navigate https://example.com/');
    expect(refused).toContain('will-redirect https://evil.example/');
  });

  it('refuses even navigation to the app itself (it is a single page)', () => {
    const { contents, fire } = fakeContents();
    guardNavigation(contents);
    expect(fire('will-navigate', APP_ENTRY_URL)).toBe(true);
  });

  it('denies every new window', () => {
    const { contents, open } = fakeContents();
    guardNavigation(contents);
    expect(open('https://example.com/')).toEqual({ action: 'deny' });
    expect(open(APP_ENTRY_URL)).toEqual({ action: 'deny' });
  });
});

describe('guardSession', () => {
  function fakeSession() {
    const s = {
      request: null as null | ((c: unknown, p: string, cb: (g: boolean) => void) => void),
      check: null as null | ((c: unknown, p: string) => boolean),
      before: null as null | ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void),
    };
    const session: GuardableSession = {
      setPermissionRequestHandler: (h) => (s.request = h),
      setPermissionCheckHandler: (h) => (s.check = h),
      webRequest: { onBeforeRequest: (l) => (s.before = l) },
    };
    const cancelled = (url: string) => {
      let result: boolean | undefined;
      s.before!({ url }, (r) => (result = r.cancel));
      return result;
    };
    return { s, session, cancelled };
  }

  it('denies every permission request and check', () => {
    const { s, session } = fakeSession();
    guardSession(session, PACKAGED_ORIGIN_POLICY);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      let granted: boolean | undefined;
      s.request!({}, permission, (g) => (granted = g));
      expect(granted, permission).toBe(false);
      expect(s.check!({}, permission), permission).toBe(false);
    }
  });

  it('cancels network requests and lets the app protocol through', () => {
    const { session, cancelled } = fakeSession();
    const blocked: string[] = [];
    guardSession(session, PACKAGED_ORIGIN_POLICY, (url) => blocked.push(url));
    expect(cancelled(APP_ENTRY_URL)).toBe(false);
    expect(cancelled('https://tracker.example/pixel.gif')).toBe(true);
    expect(blocked).toEqual(['https://tracker.example/pixel.gif']);
  });
});
