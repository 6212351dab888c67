// Files and folders for the commands and the editor server: the one place besides the rest of io
// that touches node:fs. Paths are used as given (relative to the current folder or absolute).
import { existsSync } from 'node:fs';
import { copyFile, mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../errors.ts';

/** Whether a file or folder exists. */
export function pathExists(path: string): boolean {
  return existsSync(path);
}

/** Whether `path` is a file (false when it is missing or a folder). */
export async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isFile(),
    () => false,
  );
}

export async function readText(path: string): Promise<string> {
  return readFile(path, 'utf8');
}

export async function readJson(path: string): Promise<unknown> {
  return JSON.parse(await readText(path)) as unknown;
}

export async function readBytes(path: string): Promise<Buffer> {
  return readFile(path);
}

/** The file's text, or undefined when it does not exist. */
export async function readTextIfExists(path: string): Promise<string | undefined> {
  return existsSync(path) ? readText(path) : undefined;
}

/** Refuses a file the user named that does not exist: "<file>: no such file", without a stack. */
export function requireInputFile(file: string): void {
  if (!existsSync(file)) throw new InputError('no such file', { file });
}

/** A text file the user named; "<file>: no such file" when it is missing. */
export async function readInputText(file: string): Promise<string> {
  requireInputFile(file);
  return readText(file);
}

/** Writes a file so that readers see either the old or the new content, never half of it. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = tempPathBeside(path);
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
  const tmp = tempPathBeside(path);
  return {
    tmp,
    commit: async () => rename(tmp, path),
    abort: async () => rm(tmp, { force: true }),
  };
}

/** Copies a file, creating the target's folder. */
export async function copyFileTo(from: string, to: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  await copyFile(from, to);
}

/** Moves a file, creating the target's folder. */
export async function moveFile(from: string, to: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  await rename(from, to);
}

/** Deletes a file; a missing file is not an error. */
export async function removeFile(path: string): Promise<void> {
  await rm(path, { force: true });
}

/** Every file under `folder`, at any depth, hidden ones included (none when the folder does not exist). */
export async function listFilesRecursive(folder: string): Promise<string[]> {
  if (!existsSync(folder)) return [];
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/**
 * The files in `folder` and its subfolders down to `depth` levels (1: the folder itself), sorted,
 * skipping every name that starts with a dot (none when the folder does not exist).
 */
export async function listVisibleFiles(folder: string, depth: number): Promise<string[]> {
  if (depth <= 0 || !existsSync(folder)) return [];
  const entries = (await readdir(folder, { withFileTypes: true })).filter((entry) => !entry.name.startsWith('.'));
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const path = join(folder, entry.name);
      return entry.isDirectory() ? listVisibleFiles(path, depth - 1) : [path];
    }),
  );
  return nested.flat().sort();
}

function tempPathBeside(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
}
