// Reading and writing content files for the editorial commands (check, publish, new, due, cm-kit,
// export-replies). Paths in and out are relative to the project root, with forward slashes, so
// problems read the same on every machine.
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { isContentPath, readShortIdRegistry, type ContentFile } from '../content/index.ts';
import { CONFIG_FILE, type ProjectConfig } from '#core/config.ts';
import { loadProjectConfig } from './index.ts';
import { InputError } from '../errors.ts';

export const CONTENT_DIR = 'content';
export const SHORT_ID_REGISTRY = 'content/.shortids.json';
/** The build writes the moment it was built "as of" here (ISO 8601); `due` reads it. */
export const BUILD_TIME_FILE = 'dist/.build-time';

/** veelgesteld.config.json of the project, with a clear message when it is missing. */
export async function loadConfigIn(root: string): Promise<ProjectConfig> {
  if (!existsSync(join(root, CONFIG_FILE))) {
    throw new InputError(`${CONFIG_FILE} not found in ${resolve(root)}; run the command in the project folder or pass --root`);
  }
  return loadProjectConfig(root);
}

/** Every .md/.mdx file under the given files or folders (relative to root), sorted. */
export async function listContentFiles(root: string, paths: readonly string[]): Promise<string[]> {
  const found = new Set<string>();
  for (const path of paths) {
    const absolute = resolve(root, path);
    const info = await stat(absolute).catch(() => undefined);
    if (!info) throw new InputError(`${path} does not exist`);
    if (info.isDirectory()) for (const file of await walk(absolute)) found.add(toProjectPath(root, file));
    else if (isContentPath(absolute)) found.add(toProjectPath(root, absolute));
    else throw new InputError(`${path} is not a content file (.md or .mdx)`);
  }
  return [...found].sort();
}

export async function readContentFiles(root: string, paths: readonly string[]): Promise<ContentFile[]> {
  const files = await listContentFiles(root, paths);
  return Promise.all(files.map(async (path) => ({ path, text: await readFile(join(root, path), 'utf8') })));
}

/** All of content/ (empty when the folder does not exist yet). */
export async function readAllContent(root: string): Promise<ContentFile[]> {
  return existsSync(join(root, CONTENT_DIR)) ? readContentFiles(root, [CONTENT_DIR]) : [];
}

/** Whether a project-relative path exists, for the missing-image check. */
export function assetExistsIn(root: string): (path: string) => boolean {
  return (path) => existsSync(join(root, path));
}

/** Project-relative form of a path typed by the user (relative to the current folder). */
export function toProjectPath(root: string, path: string): string {
  return relative(root, resolve(path)).split(sep).join('/');
}

/** ShortIds ever handed out, from content/.shortids.json when it exists. */
export async function readShortIdRegistryFile(root: string): Promise<Set<string>> {
  const file = join(root, SHORT_ID_REGISTRY);
  if (!existsSync(file)) return new Set();
  try {
    return readShortIdRegistry(JSON.parse(await readFile(file, 'utf8')) as unknown);
  } catch (error) {
    throw new InputError(`not valid JSON (${error instanceof Error ? error.message : String(error)})`, { file: SHORT_ID_REGISTRY });
  }
}

/** When the site in dist/ was last built, or undefined when unknown. */
export async function readBuildTime(root: string): Promise<Date | undefined> {
  const file = join(root, BUILD_TIME_FILE);
  if (!existsSync(file)) return undefined;
  const date = new Date((await readFile(file, 'utf8')).trim());
  if (Number.isNaN(date.getTime())) throw new InputError('does not contain an ISO date-time', { file: BUILD_TIME_FILE });
  return date;
}

/** Creates a new file; refuses to overwrite one that exists. */
export async function writeNewFile(root: string, path: string, text: string): Promise<void> {
  const absolute = join(root, path);
  if (existsSync(absolute)) throw new InputError(`${path} already exists; choose another --title or edit that file`);
  await mkdir(join(absolute, '..'), { recursive: true });
  await writeFile(absolute, text, { flag: 'wx' });
}

async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const files = await Promise.all(
    entries
      .filter((entry) => !entry.name.startsWith('.') && entry.name !== 'node_modules')
      .map(async (entry) => {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) return walk(path);
        return isContentPath(path) ? [path] : [];
      }),
  );
  return files.flat();
}
