// The FAQ collection loader: reads content/faq/**/*.mdx, validates the frontmatter with the
// collection schema and renders the body as plain Markdown while syncing, so article pages get ready
// HTML from `render(entry)` instead of one bundled MDX module per article (the glob loader's way,
// which dominated build time at thousands of articles). Unchanged files (same digest) are neither
// validated nor rendered again. FAQ bodies never use MDX features; see markdown-only.ts for what is
// refused. Node's fs is used here on purpose: loaders run only inside the build, never in a page.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { faqSchema } from '#core/content.ts';
import { formatIssues, readFrontmatter, splitFrontmatter } from '#core/frontmatter.ts';
import type { Loader, LoaderContext } from 'astro/loaders';
import { findMdxSyntax } from './markdown-only.ts';

export type FaqLoaderOptions = {
  /** Folder with the articles, relative to the project root (or absolute). */
  base: string;
  /** File name extension of articles. */
  extension?: string;
};

// Astro's scoped store has addAssetImports at run time (its glob loader uses it); the public type omits it.
type StoreWithAssets = LoaderContext['store'] & { addAssetImports?: (assets: string[], filePath?: string) => void };

type LoadedFile = { id: string; file: string; relativePath: string };

/** Files are read and rendered this many at a time: enough to overlap I/O, little memory. */
const CONCURRENCY = 16;
const MAX_LISTED_PROBLEMS = 20;

export function faqLoader(options: FaqLoaderOptions): Loader {
  const extension = options.extension ?? '.mdx';
  return {
    name: 'veelgesteld-faq-loader',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const baseDir = resolve(root, options.base);
      const files = (await listFiles(baseDir, extension)).map((file) => ({
        id: entryId(baseDir, file, extension),
        file,
        relativePath: posix(relative(root, file)),
      }));
      const problems = [...duplicateIds(files), ...(await inBatches(files, (file) => syncFile(context, file)))];
      const seen = new Set(files.map((file) => file.id));
      for (const id of context.store.keys()) if (!seen.has(id)) context.store.delete(id);
      if (problems.length) throw new ContentError(problemReport(context.collection, problems));
      watch(context, baseDir, extension, root);
    },
  };
}

/** The entry id the glob loader would give: the path below `base` without extension, as slugs. */
export function entryId(baseDir: string, file: string, extension: string): string {
  const withoutExtension = posix(relative(baseDir, file)).slice(0, -extension.length);
  return withoutExtension
    .split('/')
    .map(slugSegment)
    .join('/')
    .replace(/\/index$/u, '');
}

// --- internal ---

/** Reads one file and stores it; returns a problem message instead of throwing, so all are listed. */
async function syncFile(context: LoaderContext, { id, file, relativePath }: LoadedFile): Promise<string | undefined> {
  const contents = await readFile(file, 'utf8');
  const digest = context.generateDigest(contents);
  const existing = context.store.get(id);
  if (existing?.digest === digest && existing.rendered) {
    if (existing.assetImports?.length) (context.store as StoreWithAssets).addAssetImports?.(existing.assetImports, existing.filePath);
    return undefined;
  }
  const parsed = splitFile(contents, relativePath);
  if (typeof parsed === 'string') return parsed;
  const mdxProblems = findMdxSyntax(parsed.body);
  if (mdxProblems.length) return mdxProblems.map((p) => `${relativePath}:${p.line + parsed.bodyLine - 1}: ${p.message}`).join('\n');
  let data: Record<string, unknown>;
  try {
    data = await context.parseData({ id, data: parsed.data, filePath: file });
  } catch (error) {
    return schemaProblem(contents, relativePath, parsed.data, error);
  }
  // renderMarkdown strips a leading frontmatter block itself; an empty one keeps a body that starts
  // with a thematic break (---) from being taken for frontmatter.
  const rendered = await context.renderMarkdown(`---\n---\n${parsed.body}`, { fileURL: pathToFileURL(file) });
  const assetImports = rendered.metadata?.imagePaths?.length ? rendered.metadata.imagePaths : undefined;
  context.store.set({ id, data, filePath: relativePath, digest, rendered, ...(assetImports ? { assetImports } : {}) });
  return undefined;
}

/** Two files that would become one page (e.g. "Storing.mdx" and "storing.mdx"). */
function duplicateIds(files: readonly LoadedFile[]): string[] {
  const firstById = new Map<string, LoadedFile>();
  const problems: string[] = [];
  for (const file of files) {
    const first = firstById.get(file.id);
    if (first) problems.push(`${file.relativePath}: has the same address (${file.id}) as ${first.relativePath}; rename one of them`);
    else firstById.set(file.id, file);
  }
  return problems;
}

type SplitFile = { data: Record<string, unknown>; body: string; bodyLine: number };

/** Frontmatter and body, read by the same YAML engine and rules as `veelgesteld check`. */
function splitFile(contents: string, relativePath: string): SplitFile | string {
  // A file without frontmatter is all body; the schema then names the missing fields.
  if (!splitFrontmatter(contents)) return { data: {}, body: contents, bodyLine: 1 };
  const { frontmatter, frontmatterError, body, bodyLine } = readFrontmatter(contents);
  if (frontmatter) return { data: frontmatter, body, bodyLine };
  const problem = frontmatterError?.message.replace(/^the frontmatter is not valid YAML: /u, '') ?? '';
  return `${relativePath}:${frontmatterError?.line ?? 1}: the frontmatter is not valid YAML: ${problem}`;
}

/**
 * parseData's message is written for Astro's own error overlay (Markdown, field names twice); the
 * shared schema gives the same verdict in the words `veelgesteld check` uses, plus the line.
 */
function schemaProblem(contents: string, relativePath: string, data: Record<string, unknown>, error: unknown): string {
  const result = faqSchema.safeParse(data);
  if (result.success) return `${relativePath}: ${messageOf(error).replace(/\*\*/gu, '')}`;
  const key = result.error.issues[0]?.path[0];
  const keyLine = typeof key === 'string' ? contents.split('\n').findIndex((line) => line.startsWith(`${key}:`)) + 1 : 0;
  return `${relativePath}:${keyLine || 1}: invalid faq frontmatter: ${formatIssues(result.error)}`;
}

/** The error thrown for bad articles: the message is the whole story, so no stack is printed. */
class ContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentError';
    this.stack = '';
  }
}

async function listFiles(dir: string, extension: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[];
    throw error;
  });
  return entries
    .filter((entry) => entry.endsWith(extension))
    .sort()
    .map((entry) => join(dir, entry));
}

async function inBatches<T>(items: readonly T[], run: (item: T) => Promise<string | undefined>): Promise<string[]> {
  const problems: string[] = [];
  for (let start = 0; start < items.length; start += CONCURRENCY) {
    const results = await Promise.all(items.slice(start, start + CONCURRENCY).map(run));
    for (const result of results) if (result) problems.push(result);
  }
  return problems;
}

function problemReport(collection: string, problems: string[]): string {
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS).join('\n');
  const more = problems.length > MAX_LISTED_PROBLEMS ? `\n… and ${problems.length - MAX_LISTED_PROBLEMS} more` : '';
  return `${problems.length} ${collection} article(s) cannot be built:\n${listed}${more}`;
}

/** In `astro dev`, re-sync a changed, added or removed article. */
function watch(context: LoaderContext, baseDir: string, extension: string, root: string): void {
  const { watcher } = context;
  if (!watcher) return;
  watcher.add(baseDir);
  const isArticle = (path: string) => path.startsWith(baseDir + sep) && path.endsWith(extension);
  const onChange = async (path: string) => {
    if (!isArticle(path)) return;
    const relativePath = posix(relative(root, path));
    const problem = await syncFile(context, { id: entryId(baseDir, path, extension), file: path, relativePath });
    if (problem) context.logger.error(problem);
    else context.logger.info(`Reloaded ${relativePath}`);
  };
  watcher.on('change', onChange);
  watcher.on('add', onChange);
  watcher.on('unlink', (path) => {
    if (isArticle(path)) context.store.delete(entryId(baseDir, path, extension));
  });
}

/** github-slugger's rules, as Astro applies them to file names: lower case, punctuation out, spaces to dashes. */
function slugSegment(segment: string): string {
  return segment
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /gu, '-');
}

function posix(path: string): string {
  return path.split(sep).join('/');
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
