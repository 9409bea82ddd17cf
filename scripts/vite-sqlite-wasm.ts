/**
 * Vite plugin for `@sqlite.org/sqlite-wasm`: the package locates files of its own beside its
 * script (`sqlite3.wasm`, an OPFS helper worker, a "worker1" front-end), which Vite would copy into
 * the build (and the single-file edition could not load at all). Lakar loads the wasm bytes itself
 * (renderer/lakar-file/load-sqlite.ts) and uses neither helper, so these references are cut out.
 * The package version is pinned; a reference that is no longer found fails the build rather than
 * silently shipping the extra files.
 */
import type { Plugin } from 'vite';

const CUTS: [string, string][] = [
  ['new URL("sqlite3.wasm", import.meta.url).href', '"sqlite3.wasm"'],
  ['new URL("sqlite3-opfs-async-proxy.js", import.meta.url)', 'new URL("about:blank")'],
  ['new Worker(new URL("sqlite3-worker1.mjs", import.meta.url), { type: "module" })', '(() => { throw new Error("sqlite3-worker1 is not part of Lakar"); })()'],
];

export function sqliteWasmOwnFilesCut(): Plugin {
  return {
    name: 'lakar-sqlite-wasm',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]@sqlite\.org[\\/]sqlite-wasm[\\/]dist[\\/]index\.mjs$/.test(id.split('?')[0])) return null;
      let out = code;
      for (const [from, to] of CUTS) {
        if (!out.includes(from)) this.error(`@sqlite.org/sqlite-wasm changed: "${from}" not found (update scripts/vite-sqlite-wasm.ts)`);
        out = out.split(from).join(to);
      }
      return { code: out, map: null };
    },
  };
}
