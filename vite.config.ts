/**
 * Vite builds the renderer (both editions) from index.html + renderer/main.tsx into dist/.
 * Relative `base` because Electron loads dist/ through a custom protocol; the strict CSP is added as
 * a <meta> to the built page, from shared/security/csp.ts like the desktop's header (not in dev,
 * where React Refresh needs an inline script).
 *
 * `--mode file` (used by `npm run web:file`, scripts/build-single-file.ts) builds the same app as one
 * bundle with no chunks to load and its workers inlined (blob URLs), so that scripts/build-single-file.ts
 * can put everything into one lakar.html that runs from file:// (which loads no other file).
 */
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { META_CONTENT_SECURITY_POLICY } from './shared/security/csp';

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

/**
 * For the single-file edition: `new Worker(new URL('./x.worker.ts', import.meta.url), options)` becomes
 * a worker inlined in the bundle (Vite's `?worker&inline`, started from a blob URL), since a page
 * opened from file:// may not load a worker script from a file.
 */
export function inlineWorkers(): Plugin {
  const pattern = /new Worker\(\s*new URL\(\s*(['"])(\.{1,2}\/[^'"]+)\1\s*,\s*import\.meta\.url\s*\)\s*(?:,\s*(\{[^()]*\}))?\s*\)/g;
  return {
    name: 'lakar-inline-workers',
    enforce: 'pre',
    transform(code, id) {
      if (id.includes('node_modules') || !/\.[cm]?[jt]sx?$/.test(id) || !code.includes('new Worker(')) return null;
      const imports: string[] = [];
      const out = code.replace(pattern, (_match, _quote: string, path: string, options: string | undefined) => {
        const name = `__lakarInlineWorker${imports.length}`;
        imports.push(`import ${name} from ${JSON.stringify(`${path}?worker&inline`)};`);
        return `new ${name}(${options ?? ''})`;
      });
      return imports.length ? { code: `${imports.join('\n')}\n${out}`, map: null } : null;
    },
  };
}

// `npm run web` may run on a machine without a display: only open a browser when there is one
const canOpenBrowser = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

export default defineConfig(({ mode }) => {
  const singleFile = mode === 'file';
  return {
  root: '.',
  base: './',
  // the single file gets its CSP (with its script's hash) from scripts/build-single-file.ts
  plugins: singleFile ? [react(), inlineWorkers()] : [react(), contentSecurityPolicy(META_CONTENT_SECURITY_POLICY)],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  // classic (iife) workers: a page opened from file:// cannot start a module worker from a blob: URL
  worker: singleFile ? { format: 'iife' as const, rolldownOptions: { output: { codeSplitting: false } } } : undefined,
  build: {
    outDir: singleFile ? 'dist-file/.build' : 'dist',
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: singleFile ? 20000 : 4000,
    ...(singleFile ? { assetsInlineLimit: Number.MAX_SAFE_INTEGER, cssCodeSplit: false, rolldownOptions: { output: { codeSplitting: false } } } : {}),
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    open: canOpenBrowser,
    // build outputs and test artefacts are not sources of the page
    watch: { ignored: ['**/.tsbuild/**', '**/dist/**', '**/dist-electron/**', '**/test-results/**', '**/playwright-report/**', '**/release/**'] },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  };
});
