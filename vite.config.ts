/**
 * Vite builds the renderer (both editions) from index.html + renderer/main.tsx into dist/.
 * Relative `base` because Electron loads dist/ through a custom protocol; the strict CSP is added as
 * a <meta> to the built page, from shared/security/csp.ts like the desktop's header (not in dev,
 * where React Refresh needs an inline script).
 */
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { META_CONTENT_SECURITY_POLICY } from './shared/security/csp';
import { sqliteWasmOwnFilesCut } from './scripts/vite-sqlite-wasm';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/** Put the CSP first in <head> of the built index.html. */
function contentSecurityPolicy(policy: string): Plugin {
  return {
    name: 'lakar-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }],
    },
  };
}

// `npm run web` may run on a machine without a display: only open a browser when there is one
const canOpenBrowser = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

export default defineConfig({
  root: '.',
  base: './',
  plugins: [react(), contentSecurityPolicy(META_CONTENT_SECURITY_POLICY), sqliteWasmOwnFilesCut()],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  // SQLite runs in the .lakar worker, whose bundle is built with these plugins, not the page's
  worker: { plugins: () => [sqliteWasmOwnFilesCut()] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 4000,
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    open: canOpenBrowser,
    // build outputs and test artefacts are not sources of the page
    watch: { ignored: ['**/.tsbuild/**', '**/dist/**', '**/dist-electron/**', '**/test-results/**', '**/playwright-report/**', '**/release/**'] },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
