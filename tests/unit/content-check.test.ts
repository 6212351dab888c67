// `npm test` runs the editorial check over the real content/, as editors and the build do.
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';

it('content/ passes `veelgesteld check` without errors', () => {
  const result = spawnSync(process.execPath, ['scripts/cli.ts', 'check', 'content'], { encoding: 'utf8' });
  expect(result.stdout + result.stderr).toMatch(/check: \d+ files, 0 errors/);
  expect(result.status).toBe(0);
});
