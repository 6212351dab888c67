// The only module in scripts/lib that touches node:fs: every other pipeline module takes strings or
// bytes and returns data, so it can be tested without a temporary folder.
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { parseProjectConfig } from '../config.ts';
import { CONFIG_FILE, type ProjectConfig } from '#core/config.ts';

/** Writes a file so that readers see either the old or the new content, never half of it. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await open(tmp, 'w');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}

/** A temp path beside `path` plus commit/abort, for writers that stream their output. */
export function atomicTarget(path: string): { tmp: string; commit: () => Promise<void>; abort: () => Promise<void> } {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  return {
    tmp,
    commit: async () => rename(tmp, path),
    abort: async () => rm(tmp, { force: true }),
  };
}

export async function readText(path: string): Promise<string> {
  return readFile(path, 'utf8');
}

export async function readJson(path: string): Promise<unknown> {
  return JSON.parse(await readText(path)) as unknown;
}

/** Reads veelgesteld.config.json from the project root (the current directory by default). */
export async function loadProjectConfig(root = process.cwd()): Promise<ProjectConfig> {
  const file = join(root, CONFIG_FILE);
  return parseProjectConfig(await readText(file), file);
}

export { readInputBytes, fileSize } from './input.ts';
export { createAtomicLineWriter, type LineWriter } from './line-writer.ts';
export { createPseudonymizer, saltFromEnvironment, DEFAULT_SALT } from './pseudonym.ts';
export { createIngestWorkerPool, INGEST_WORKERS_FROM_BYTES, type IngestWorkerPool } from './ingest-workers.ts';
