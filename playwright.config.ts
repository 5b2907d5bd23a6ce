/**
 * Playwright runs the end-to-end suite in a real Chromium against `vite preview`
 * of the production build. Browser (scripts/browser.ts): $CHROMIUM_PATH, else
 * Debian's /usr/bin/chromium when present, else Playwright's own browser
 * (`npx playwright install chromium`, which `npm test` runs where downloads work).
 */
import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { findBrowser } from './scripts/browser';

/** Undefined lets Playwright use its own browser. */
const executablePath = findBrowser(process.env, existsSync, null)?.path;
/** E2E_PORT and E2E_DIST let two suites run side by side (each on its own build). */
const port = Number(process.env.E2E_PORT ?? 4173);
const outDir = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: 'line',
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 900 },
    launchOptions: {
      executablePath,
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `node_modules/.bin/vite preview --port ${port} --strictPort --host 127.0.0.1 --outDir ${outDir}`,
    url: `http://127.0.0.1:${port}/`,
    // Never test a server this run did not start (another checkout's preview on the same port).
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
