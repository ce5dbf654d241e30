import { defineConfig } from '@playwright/test';
import { join } from 'node:path';

// Debian's Chromium, headless, with the flags that keep it from stalling on a closed network. Playwright
// starts every browser with a fresh temporary profile of its own (it refuses --user-data-dir here).
// KIM_URL is the booted assembly (WebIT passes it); screenshots go to KIM_SHOTS.

export default defineConfig({
  testDir: 'tests',
  timeout: 60_000,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: process.env.KIM_SHOTS ? join(process.env.KIM_SHOTS, 'results') : 'test-results',
  use: {
    baseURL: process.env.KIM_URL ?? 'http://localhost:8181',
    locale: 'de-DE',
    launchOptions: {
      executablePath: process.env.KIM_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--lang=de-DE',
      ],
    },
  },
});
