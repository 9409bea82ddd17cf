/**
 * End-to-end tests of the browser edition: the built app (`vite build`, run by `npm run test:e2e`)
 * served by `vite preview`, driven in Debian's Chromium when installed, else Playwright's own.
 * Run one spec: `npx vite build && npx playwright test test/e2e/shell.spec.ts`; beside another run,
 * `npx vite build --outDir /tmp/d2 && LAKAR_E2E_DIST=/tmp/d2 LAKAR_E2E_PORT=4180 npx playwright test …`.
 */
import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.LAKAR_E2E_PORT ?? 4173);
// Several developers on one machine: each builds to and serves its own folder (`vite build --outDir`).
const DIST = process.env.LAKAR_E2E_DIST ?? 'dist';
const SYSTEM_CHROMIUM = '/usr/bin/chromium';

const launchOptions = existsSync(SYSTEM_CHROMIUM)
  ? {
      executablePath: SYSTEM_CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    }
  : {};

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    launchOptions,
    locale: 'ms-MY',
    timezoneId: 'Asia/Kuala_Lumpur',
    viewport: { width: 1440, height: 900 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort --outDir ${DIST}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
