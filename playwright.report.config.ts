import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

// Only the team report test (tests/e2e/report.spec.ts), without the production build the main
// config starts: the report is opened from disk. `npm test` runs it through playwright.config.ts too.
const { webServer: _productionBuild, ...shared } = base;

export default defineConfig({
  ...shared,
  testMatch: /report\.spec\.ts$/,
  use: { ...shared.use, screenshot: 'only-on-failure' },
});
