import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

// Only the browser-editor tests (tests/e2e/editor*.spec.ts), without the production build the main
// config starts: those specs start `veelgesteld editor` on a temporary copy of the site themselves.
// `npm test` runs them through playwright.config.ts as well.
export default defineConfig({
  ...base,
  testMatch: /editor.*\.spec\.ts$/,
  webServer: undefined,
  use: { ...base.use, screenshot: 'only-on-failure' },
});
