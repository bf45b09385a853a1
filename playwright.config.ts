import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

// E2E_PORT lets several checkouts run their end-to-end tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4174);
const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * End-to-end tests drive the built renderer in Debian's Chromium (never a
 * downloaded browser). The flags keep Chromium off the network: on a closed
 * network its background services would otherwise flood refused connections.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/e2e',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    // CHROMIUM_PATH, else Debian's Chromium, else an installed Google Chrome (macOS, Windows).
    ...(process.env.CHROMIUM_PATH || existsSync(DEBIAN_CHROMIUM)
      ? {
          launchOptions: {
            executablePath: process.env.CHROMIUM_PATH ?? DEBIAN_CHROMIUM,
            args: CHROMIUM_ARGS,
          },
        }
      : { channel: 'chrome', launchOptions: { args: CHROMIUM_ARGS } }),
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: {
    // Serves what `npm run build:web` produced; `npm test` builds first.
    command: `npx vite preview --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
