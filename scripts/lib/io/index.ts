// scripts/lib/io is the only part of scripts/ that touches node:fs, worker_threads and
// child_process: every pipeline step takes strings or bytes and returns data, so it can be tested
// without a temporary folder, and the commands and the editor server ask io.
import { join } from 'node:path';
import { parseProjectConfig } from '../config.ts';
import { CONFIG_FILE, type ProjectConfig } from '#core/config.ts';
import { pathExists, readText } from './files.ts';

/** Reads veelgesteld.config.json from the project root (the current directory by default). */
export async function loadProjectConfig(root = process.cwd()): Promise<ProjectConfig> {
  const file = join(root, CONFIG_FILE);
  return parseProjectConfig(await readText(file), file);
}

/** The project's veelgesteld.config.json, or undefined when the project has none. */
export async function loadProjectConfigIfPresent(root = process.cwd()): Promise<ProjectConfig | undefined> {
  return pathExists(join(root, CONFIG_FILE)) ? loadProjectConfig(root) : undefined;
}

export {
  copyFileTo,
  isFile,
  listFilesRecursive,
  listVisibleFiles,
  moveFile,
  pathExists,
  readBytes,
  readInputText,
  readJson,
  readText,
  readTextIfExists,
  removeFile,
  requireInputFile,
  writeFileAtomic,
} from './files.ts';

export { runNode, runNodeSync, startNode, type BackgroundProcess } from './node-process.ts';
export { readInputBytes, fileSize } from './input.ts';
export { createAtomicLineWriter, type LineWriter } from './line-writer.ts';
export { createPseudonymizer, saltFromEnvironment, DEFAULT_SALT } from './pseudonym.ts';
export { createIngestWorkerPool, INGEST_WORKERS_FROM_BYTES, type IngestWorkerPool } from './ingest-workers.ts';
