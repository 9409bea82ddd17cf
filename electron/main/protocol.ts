/**
 * The `lakar://app/` protocol that serves the built renderer (`dist/`) to the desktop window.
 * A privileged custom scheme instead of `file://` gives the page a real origin (`lakar://app`) for
 * the CSP's `'self'`, for the IPC sender check and for the request filter, and keeps every other
 * file of the disk out of reach: a request can only name files inside `dist/`.
 * Plain Node (no Electron import) so the resolver and the handler are unit-tested.
 */
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';

/** Scheme of the app's own pages. */
export const APP_SCHEME = 'lakar';
/** The only host the scheme answers for. */
export const APP_HOST = 'app';
/** Origin of the app's pages (what `senderFrame.url` starts with). */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page the main window loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Privileges for `protocol.registerSchemesAsPrivileged`: `standard` (relative URLs and an origin),
 * `secure` (a secure context, like https), fetch of the app's own files. Deliberately not
 * `bypassCSP`, `corsEnabled`, `allowServiceWorkers` or `stream`.
 */
export const APP_SCHEME_PRIVILEGES = Object.freeze({ standard: true, secure: true, supportFetchAPI: true, codeCache: true });

/** Headers on every response of the app protocol, errors included. */
export const APP_RESPONSE_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
});

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** MIME type of a file served by the app protocol (by extension; unknown → octet-stream). */
export function contentTypeOf(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** Where a request URL points: a file inside the root, or the HTTP status that refuses it. */
export type AssetResolution = { ok: true; filePath: string } | { ok: false; status: 400 | 403 | 404 };

/**
 * Map `url` (`lakar://app/assets/x.js`) to a file under `rootDir`, refusing anything that could
 * leave it: other schemes or hosts, `..` segments (also percent-encoded), backslashes, NUL bytes,
 * drive letters or stream names (`:`), and any path that does not resolve inside the root.
 */
export function resolveAppAsset(rootDir: string, url: string): AssetResolution {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, status: 400 };
  }
  if (parsed.protocol !== `${APP_SCHEME}:`) return { ok: false, status: 400 };
  if (parsed.host !== APP_HOST || parsed.username || parsed.password || parsed.port) return { ok: false, status: 403 };

  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  if (pathname === '' || pathname === '/') pathname = '/index.html';
  const segments = pathname.split('/').filter((s) => s !== '');
  const refused = segments.some((s) => s === '..' || s === '.' || s.includes('\\') || s.includes('\0') || s.includes(':'));
  if (refused || segments.length === 0) return { ok: false, status: 403 };

  const root = path.resolve(rootDir);
  const filePath = path.resolve(root, ...segments);
  const relative = path.relative(root, filePath);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return { ok: false, status: 403 };
  return { ok: true, filePath };
}

/** Reads a file's bytes; rejects with a Node error (`code` ENOENT, EISDIR…) when it cannot. */
export type ReadFile = (filePath: string) => Promise<Uint8Array>;

const NOT_FOUND_CODES = new Set(['ENOENT', 'EISDIR', 'ENOTDIR']);

function reply(status: number, body: Uint8Array | string | null, contentType = 'text/plain; charset=utf-8'): Response {
  return new Response(body, { status, headers: { ...APP_RESPONSE_HEADERS, 'Content-Type': contentType } });
}

/**
 * The handler for `protocol.handle(APP_SCHEME, …)`: GET/HEAD of files under `rootDir`, with the CSP
 * and hardening headers on every response (404 for missing files, 403 for refused paths).
 */
export function createAppProtocolHandler(options: { rootDir: string; readFile: ReadFile }): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return reply(405, 'Method not allowed');
    const resolved = resolveAppAsset(options.rootDir, request.url);
    if (!resolved.ok) return reply(resolved.status, resolved.status === 404 ? 'Not found' : 'Refused');
    try {
      const bytes = await options.readFile(resolved.filePath);
      return reply(200, request.method === 'HEAD' ? null : bytes, contentTypeOf(resolved.filePath));
    } catch (e) {
      const code = (e as { code?: unknown }).code;
      if (typeof code === 'string' && NOT_FOUND_CODES.has(code)) return reply(404, 'Not found');
      return reply(500, 'Cannot read file');
    }
  };
}
