// Message exports on disk for the mine tests: each file in its own temporary folder, removed after the file's tests.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/** Call inside a `describe`: returns a writer of `messages.ndjson` files that are cleaned up afterwards. */
export function ndjsonFiles(prefix: string): (text: string) => Promise<string> {
  const dirs: string[] = [];
  afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));
  return async (text) => {
    const dir = await mkdtemp(join(tmpdir(), prefix));
    dirs.push(dir);
    const file = join(dir, 'messages.ndjson');
    await writeFile(file, text);
    return file;
  };
}
