// Builds copies of the real site in a temporary folder, for tests that need a real `astro build` on
// their own content (hostile drafts, embargo). The copy gets its own node_modules folder of links to
// the project's packages, so Astro's caches (node_modules/.astro, .vite) stay in the copy.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, relative, sep } from 'node:path';
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

export type StaticServer = { url: string; close: () => Promise<void> };

/**
 * Serves a build folder the way a plain static host does: /x/ → x/index.html, /x → 301 to /x/ when
 * x/ is a folder, 404.html otherwise. No redirect rules: only the HTML redirect pages can redirect.
 */
export function serveStatic(folder: string): Promise<StaticServer> {
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.css': 'text/css',
    '.js': 'text/javascript',
    '.json': 'application/json',
    '.png': 'image/png',
    '.svg': 'image/svg+xml',
    '.xml': 'application/xml',
  };
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = join(folder, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    if (!file.startsWith(folder)) return void response.writeHead(400).end();
    if (existsSync(file) && statSync(file).isFile()) {
      response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
      return void response.end(readFileSync(file));
    }
    if (existsSync(join(file, 'index.html'))) return void response.writeHead(301, { Location: `${pathname}/` }).end();
    response.writeHead(404, { 'Content-Type': types['.html']! }).end(readFileSync(join(folder, '404.html')));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

/** The _redirects file of a build (dist/ by default); `astro preview` does not serve files starting with "_". */
export function builtRedirects(outDir = join(PROJECT, 'dist')): string {
  return readFileSync(join(outDir, '_redirects'), 'utf8');
}
