// Layers by folder, enforced: each runtime folder may import only what it is allowed to.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const NODE_BUILTINS = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream', 'worker_threads', 'fs/promises'];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'dist-electron/', 'dist-cli/', 'release/', '.tsbuild/', 'test-results/', 'playwright-report/', 'bench/tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: NODE_BUILTINS, message: 'shared/ is pure TypeScript: no Node built-ins.' },
            { group: ['react', 'react-dom', 'react/*', '@xyflow/*', 'zustand', 'zustand/*', 'dexie', 'i18next', 'react-i18next'], message: 'shared/ must not depend on UI libraries.' },
            { group: ['electron', 'better-sqlite3'], message: 'shared/ must not depend on Electron or SQLite.' },
            { group: ['**/renderer/**', '**/electron/**', '**/cli/**'], message: 'shared/ is the core: it imports nothing from the other layers.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'require', 'Buffer', '__dirname'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/**/*.test.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // every text a user reads comes from i18n (Malay first, English switch): no wording in components
      'no-restricted-syntax': [
        'error',
        { selector: 'JSXText[value=/\\p{L}/u]', message: 'Text shown to users comes from i18n: use t(…), not a literal in JSX.' },
        {
          selector: 'JSXAttribute[name.name=/^(aria-label|aria-description|aria-roledescription|aria-placeholder|aria-valuetext|title|placeholder|alt|label)$/] > Literal[value=/\\p{L}/u]',
          message: 'Text shown to users comes from i18n: use t(…), not a literal attribute.',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: NODE_BUILTINS, message: 'renderer/ runs in a sandboxed browser: no Node built-ins.' },
            { group: ['electron', 'better-sqlite3'], message: 'renderer/ reaches the main process only through window.lakar.' },
            { group: ['**/electron/**', '**/cli/**'], message: 'renderer/ may import shared/ and UI libraries only.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/renderer/**', 'react', 'react-dom', '@xyflow/*', 'dexie'], message: 'electron/ must not import the renderer or UI libraries.' }] },
      ],
    },
  },
  {
    files: ['electron/preload.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/renderer/**', '**/store/**', 'better-sqlite3', ...NODE_BUILTINS], message: 'preload only bridges the shared/ipc contract.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/store/**/*.ts', 'electron/main/**/*.ts', 'cli/**/*.ts'],
    ignores: ['**/*.test.ts', 'electron/main/electron-*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          // `paths` matches the module name exactly; a pattern would also match `../electron/store/…`
          paths: [{ name: 'electron', message: 'Keep Electron out of logic modules so they run and are tested under plain Node; only electron/main.ts and electron/main/electron-*.ts touch Electron.' }],
          patterns: [{ group: ['**/renderer/**', 'react', 'react-dom', '@xyflow/*', 'dexie'], message: 'No UI code here.' }],
        },
      ],
    },
  },
);
