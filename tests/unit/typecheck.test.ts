// The whole project (CLI, site, tests) type-checks under astro/tsconfigs/strictest.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('TypeScript', () => {
  it('finds no type errors (npm run typecheck)', () => {
    const result = spawnSync('npm', ['run', '--silent', 'typecheck'], { cwd: root, encoding: 'utf8' });
    const errors = `${result.stdout}${result.stderr}`.split('\n').filter((line) => line.includes('error TS'));
    expect(errors).toEqual([]);
    expect(result.status).toBe(0);
  }, 120_000);
});
