import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = resolve('scripts/cli.ts');

function cli(args: string[], cwd = process.cwd()) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('veelgesteld CLI', () => {
  it('passes a subcommand’s failing exit code on to the shell', () => {
    const result = cli(['check', 'failing/todo'], resolve('tests/fixtures/content-check'));
    expect(result.status).toBe(1);
    expect(result.stdout + result.stderr).toMatch(/check: \d+ files?, [1-9]\d* errors?/);
  });

  it('exits 0 when a subcommand succeeds', () => {
    const result = cli(['check', 'content'], resolve('tests/fixtures/content-check'));
    expect(result.status).toBe(0);
  });

  it('names an unknown command and lists the real ones, without a stack trace', () => {
    const result = cli(['publiceer']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('unknown command "publiceer"');
    expect(result.stderr).toContain('ingest');
    expect(result.stderr).not.toContain('    at ');
  });

  it('prints usage for a subcommand with --help', () => {
    const result = cli(['draft', '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout + result.stderr).toContain('--min-questions');
  });
});
