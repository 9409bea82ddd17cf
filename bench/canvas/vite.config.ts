/**
 * Builds the canvas benchmark pages (editor, bare React Flow, and the model tree of tree.bench.ts)
 * into node_modules/.cache, out of the way of the linter and of git.
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** Where the built pages go. */
export const BENCH_CANVAS_DIST = here('../../node_modules/.cache/lakar-bench/canvas');

export default defineConfig({
  root: here('.'),
  base: './',
  plugins: [react()],
  define: { __APP_VERSION__: JSON.stringify('bench') },
  logLevel: 'warn',
  build: {
    outDir: BENCH_CANVAS_DIST,
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 8000,
    // BENCH_MINIFY=0 keeps function names for profiling
    minify: process.env.BENCH_MINIFY !== '0',
    rollupOptions: { input: { editor: here('./editor.html'), bare: here('./bare.html'), tree: here('./tree.html') } },
  },
});
