import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    testTimeout: 20_000,
    // Site-building tests (hostile drafts, embargo) spawn `astro build`; give them room.
    hookTimeout: 180_000,
  },
});
