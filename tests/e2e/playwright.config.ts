// End-to-end suite: Debian's Chromium against the real stc-server, which Playwright starts on
// 127.0.0.1 with a fresh data directory and stops at the end. Run through `cargo xtask test`,
// which builds everything and sets the STC_* variables below.
import { defineConfig } from '@playwright/test';

const port = Number(process.env.STC_E2E_PORT ?? 8181);
const server = process.env.STC_SERVER_BIN ?? '../../target/debug/stc-server';
const dataDir = process.env.STC_E2E_DATA_DIR ?? '/tmp/stc-e2e-data';
const distDir = process.env.STC_DIST_DIR ?? '../../dist';

export default defineConfig({
  testDir: '.',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  outputDir: '../../target/e2e-output',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 360, height: 640 },
    locale: 'nl-BE',
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.STC_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  // Every test is the same client address (127.0.0.1): the rate limits are raised far above
  // what the suite does, so that none of it is refused for going too fast.
  webServer: {
    command: `"${server}" --host 127.0.0.1 --port ${port} --data-dir "${dataDir}" --dist-dir "${distDir}" --registration-burst 10000 --registrations-per-hour 100000 --rate-limit-burst 100000 --rate-limit-per-minute 1000000`,
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
