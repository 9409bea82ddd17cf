import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { APP_ENTRY_URL, APP_ORIGIN, contentTypeOf, createAppProtocolHandler, resolveAppAsset } from './protocol';

const ROOT = path.resolve('/opt/lakar/dist');

describe('resolveAppAsset', () => {
  it('maps the entry URL and the bare origin to index.html inside the root', () => {
    expect(resolveAppAsset(ROOT, APP_ENTRY_URL)).toEqual({ ok: true, filePath: path.join(ROOT, 'index.html') });
    expect(resolveAppAsset(ROOT, `${APP_ORIGIN}/`)).toEqual({ ok: true, filePath: path.join(ROOT, 'index.html') });
  });

  it('maps nested asset paths and decodes percent-encoded names', () => {
    expect(resolveAppAsset(ROOT, `${APP_ORIGIN}/assets/index-abc.js?v=1#x`)).toEqual({ ok: true, filePath: path.join(ROOT, 'assets', 'index-abc.js') });
    expect(resolveAppAsset(ROOT, `${APP_ORIGIN}/assets/Ikon%20Lakar.svg`)).toEqual({ ok: true, filePath: path.join(ROOT, 'assets', 'Ikon Lakar.svg') });
  });

  it.each([
    ['an encoded slash hiding dot-dot', `${APP_ORIGIN}/assets/..%2f..%2f..%2fetc%2fpasswd`],
    ['an encoded backslash', `${APP_ORIGIN}/..%5c..%5cwindows%5cwin.ini`],
    ['a NUL byte', `${APP_ORIGIN}/index.html%00.png`],
    ['a drive letter', `${APP_ORIGIN}/C:%5cWindows%5cwin.ini`],
    ['an encoded absolute path followed by dot-dot', `${APP_ORIGIN}/%2fetc%2fpasswd/..%2f..`],
  ])('refuses %s', (_what, url) => {
    expect(resolveAppAsset(ROOT, url)).toEqual({ ok: false, status: 403 });
  });

  it.each([
    `${APP_ORIGIN}/%2e%2e/%2e%2e/etc/passwd`,
    `${APP_ORIGIN}/assets/%2E%2E/%2E%2E/%2E%2E/etc/passwd`,
    `${APP_ORIGIN}/./../.%2e/x`,
  ])('never resolves %s outside the root', (url) => {
    const r = resolveAppAsset(ROOT, url);
    if (r.ok) expect(path.relative(ROOT, r.filePath).startsWith('..')).toBe(false);
  });

  it('keeps plain dot-dot inside the root because the URL parser already removed it', () => {
    const r = resolveAppAsset(ROOT, `${APP_ORIGIN}/assets/../../../etc/passwd`);
    expect(r).toEqual({ ok: true, filePath: path.join(ROOT, 'etc', 'passwd') });
  });

  it('refuses other hosts, credentials, ports and other schemes', () => {
    expect(resolveAppAsset(ROOT, 'lakar://evil/index.html')).toEqual({ ok: false, status: 403 });
    expect(resolveAppAsset(ROOT, 'lakar://user:pw@app/index.html')).toEqual({ ok: false, status: 403 });
    expect(resolveAppAsset(ROOT, 'lakar://app:8080/index.html')).toEqual({ ok: false, status: 403 });
    expect(resolveAppAsset(ROOT, 'file:///etc/passwd')).toEqual({ ok: false, status: 400 });
    expect(resolveAppAsset(ROOT, 'https://app/index.html')).toEqual({ ok: false, status: 400 });
    expect(resolveAppAsset(ROOT, 'not a url')).toEqual({ ok: false, status: 400 });
  });

  it('refuses malformed percent-encoding', () => {
    expect(resolveAppAsset(ROOT, `${APP_ORIGIN}/%E0%A4%A.js`)).toEqual({ ok: false, status: 400 });
  });
});

describe('contentTypeOf', () => {
  it('names the types the renderer build contains and falls back to octet-stream', () => {
    expect(contentTypeOf('/d/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('/d/assets/a.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('/d/assets/a.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeOf('/d/assets/font.woff2')).toBe('font/woff2');
    expect(contentTypeOf('/d/assets/layout.wasm')).toBe('application/wasm');
    expect(contentTypeOf('/d/unknown.bin')).toBe('application/octet-stream');
  });
});

describe('createAppProtocolHandler', () => {
  let root: string;
  let outside: string;
  beforeAll(() => {
    const base = mkdtempSync(path.join(tmpdir(), 'lakar-protocol-'));
    root = path.join(base, 'dist');
    outside = path.join(base, 'secret.txt');
    mkdirSync(path.join(root, 'assets'), { recursive: true });
    writeFileSync(path.join(root, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(outside, 'top secret');
  });
  afterAll(() => rmSync(path.dirname(root), { recursive: true, force: true }));

  const handler = () => createAppProtocolHandler({ rootDir: root, readFile: (p) => readFile(p) });

  it('serves index.html with its type, the CSP and nosniff', async () => {
    const res = await handler()(new Request(APP_ENTRY_URL));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toContain('id="root"');
  });

  it('serves nested assets', async () => {
    const res = await handler()(new Request(`${APP_ORIGIN}/assets/app.js`));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await res.text()).toBe('console.log(1)');
  });

  it('answers 404 with the CSP for a missing file or a directory', async () => {
    for (const url of [`${APP_ORIGIN}/nope.js`, `${APP_ORIGIN}/assets`]) {
      const res = await handler()(new Request(url));
      expect(res.status, url).toBe(404);
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('never returns a file outside the root, whatever the encoding', async () => {
    for (const url of [`${APP_ORIGIN}/..%2fsecret.txt`, `${APP_ORIGIN}/%2e%2e/secret.txt`, `${APP_ORIGIN}/..%5csecret.txt`]) {
      const res = await handler()(new Request(url));
      expect([403, 404], url).toContain(res.status);
      expect(await res.text()).not.toContain('top secret');
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    const res = await handler()(new Request(APP_ENTRY_URL, { method: 'POST', body: 'x' }));
    expect(res.status).toBe(405);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers HEAD without a body', async () => {
    const res = await handler()(new Request(APP_ENTRY_URL, { method: 'HEAD' }));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
  });

  it('answers 500 without details when the file cannot be read', async () => {
    const failing = createAppProtocolHandler({ rootDir: root, readFile: () => Promise.reject(Object.assign(new Error('EACCES: /home/x'), { code: 'EACCES' })) });
    const res = await failing(new Request(APP_ENTRY_URL));
    expect(res.status).toBe(500);
    expect(await res.text()).not.toContain('/home/x');
  });
});
