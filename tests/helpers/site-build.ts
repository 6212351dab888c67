// Builds copies of the real site in a temporary folder, for tests that need a real `astro build` on
// their own content (hostile drafts, embargo). The copy gets its own node_modules folder of links to
// the project's packages, so Astro's caches (node_modules/.astro, .vite) stay in the copy.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT = fileURLToPath(new URL('../../', import.meta.url));
const SITE_PARTS = ['astro.config.mjs', 'src', 'public', 'scripts', 'veelgesteld.config.json', 'package.json', 'tsconfig.json'];
const CACHE_FOLDERS = new Set(['.astro', '.cache', '.vite', '.vite-temp', '.vitest-cache']);

export type SiteCopy = { dir: string; remove: () => void };
export type BuildResult = { status: number | null; output: string; outDir: string };

/** A temporary copy of the site; `content` (a folder) is copied to content/ when given. */
export function copySite(prefix: string, content?: string): SiteCopy {
  const missing = SITE_PARTS.filter((part) => !existsSync(join(PROJECT, part)));
  if (missing.length > 0) throw new Error(`the site shell is incomplete (missing ${missing.join(', ')}); cannot build`);
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const part of SITE_PARTS) cpSync(join(PROJECT, part), join(dir, part), { recursive: true });
  if (content) cpSync(content, join(dir, 'content'), { recursive: true });
  linkPackages(dir);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * `astro build` in the copy with `env` added; `outDir` (relative to the copy) defaults to dist.
 * Social cards are cached inside the copy so no test content reaches the project's cache.
 */
export function buildSite(dir: string, env: Record<string, string>, outDir = 'dist'): BuildResult {
  const result = spawnSync(process.execPath, [join(PROJECT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
    cwd: dir,
    env: {
      ...outsideVitest(process.env),
      VEELGESTELD_CONTENT_DIR: './content',
      VEELGESTELD_OG_CACHE_DIR: join(dir, '.og-cache'),
      VEELGESTELD_OUT_DIR: join(dir, outDir),
      ASTRO_TELEMETRY_DISABLED: '1',
      ...env,
    },
    encoding: 'utf8',
    timeout: 170_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir: join(dir, outDir) };
}

/** Every file under `folder`, as paths relative to it with forward slashes. */
export function listFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

// vitest puts MODE, DEV, PROD, SSR, BASE_URL and NODE_ENV=test in process.env; Vite reads them into
// import.meta.env, and DEV=1 would make the build show drafts (src/lib/visibility.ts).
const VITEST_ENV = /^(?:TEST|VITEST.*|NODE_ENV|MODE|DEV|PROD|SSR|BASE_URL|FORCE_TTY)$/;

function outsideVitest(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !VITEST_ENV.test(key)));
}

function linkPackages(dir: string): void {
  const modules = join(dir, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(join(PROJECT, 'node_modules'))) {
    if (!CACHE_FOLDERS.has(name)) symlinkSync(join(PROJECT, 'node_modules', name), join(modules, name), 'dir');
  }
}
