import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

// Only the browser-editor tests (tests/e2e/editor*.spec.ts), without the production build the main
// config starts: those specs start `veelgesteld editor` on a temporary copy of the site themselves.
// `npm test` runs them through playwright.config.ts as well.
const { webServer: _productionBuild, ...shared } = base;

export default defineConfig({
  ...shared,
  testMatch: /editor.*\.spec\.ts$/,
  use: { ...shared.use, screenshot: 'only-on-failure' },
});
