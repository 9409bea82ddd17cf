/**
 * Loading SQLite's WebAssembly build under the app's Content Security Policy. The wasm bytes are
 * fetched from the app's own files (`connect-src 'self'`) — or, in the single-file edition where
 * Vite inlines every asset as a `data:` URL, decoded from that URL without any fetch — and handed
 * to the module, so the package never looks for files of its own. Compiling them needs
 * `'wasm-unsafe-eval'` in `script-src` (shared/security/csp.ts), which allows WebAssembly and no
 * JavaScript `eval`.
 */
import init, { type Sqlite3Static } from '@sqlite.org/sqlite-wasm';
import wasmUrl from '@sqlite.org/sqlite-wasm/sqlite3.wasm?url';

/** The bytes of a `data:…;base64,` URL. */
export function dataUrlBytes(url: string): Uint8Array {
  const comma = url.indexOf(',');
  const meta = url.slice(5, comma);
  const body = url.slice(comma + 1);
  if (!/;base64$/i.test(meta)) return new TextEncoder().encode(decodeURIComponent(body));
  const bin = atob(body);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

async function wasmBinary(): Promise<Uint8Array> {
  if (wasmUrl.startsWith('data:')) return dataUrlBytes(wasmUrl);
  const response = await fetch(new URL(wasmUrl, import.meta.url));
  if (!response.ok) throw new Error(`sqlite3.wasm: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

type InitWithModule = (module: { wasmBinary: Uint8Array; print(): void; printErr(): void }) => Promise<Sqlite3Static>;

/** Initialise SQLite (once per worker). */
export async function loadSqlite(): Promise<Sqlite3Static> {
  // the package prints its start-up chatter to the console; the app reports failures itself
  return (init as unknown as InitWithModule)({ wasmBinary: await wasmBinary(), print: () => undefined, printErr: () => undefined });
}
