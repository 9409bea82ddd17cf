/** Version from package.json, defined by vite.config.ts at build time (absent under vitest). */
declare const __APP_VERSION__: string | undefined;
