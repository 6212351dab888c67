// Runs a subcommand as the CLI would and captures what it prints; the exit code is run()'s result.
import { runCommand, type ArgsDef, type CommandDef } from 'citty';
import { vi } from 'vitest';

export const FIXTURE_ROOT = new URL('../../../../fixtures/content-check/', import.meta.url).pathname;

export async function run<T extends ArgsDef>(
  command: CommandDef<T>,
  rawArgs: string[],
  now = '2026-11-23T12:00:00+01:00',
): Promise<{ code: unknown; out: string }> {
  vi.stubEnv('VEELGESTELD_NOW', now);
  const lines: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => {
    lines.push(`${parts.map(String).join(' ')}\n`);
  });
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  try {
    const { result } = await runCommand(command, { rawArgs });
    return { code: result, out: lines.join('').replace(/(?<!\r)\n$/, '') };
  } finally {
    log.mockRestore();
    write.mockRestore();
    vi.unstubAllEnvs();
  }
}

/** A writable copy of the fixture project (config, public/, content/) in a temporary folder. */
export async function copyFixtureProject(): Promise<string> {
  const { cp, mkdtemp } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const root = await mkdtemp(join(tmpdir(), 'veelgesteld-editorial-'));
  for (const entry of ['veelgesteld.config.json', 'public', 'content']) {
    await cp(join(FIXTURE_ROOT, entry), join(root, entry), { recursive: true });
  }
  return root;
}
