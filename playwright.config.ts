import { defineConfig } from '@playwright/test';

// E2E_PORT lets two runs on one machine (a developer's and a CI check) use different ports.
const PORT = Number(process.env['E2E_PORT'] ?? 4399);

// End-to-end tests run against a production build of the project's own content, served by
// `astro preview`, in Debian's Chromium (no browser downloads on these machines).
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env['CI'] ? 'list' : 'line',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu'],
    },
  },
  webServer: {
    command: `astro build && astro preview --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
