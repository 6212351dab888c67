// `npm run bench -- lighthouse [--skip-build]`: builds the site, serves it with `astro preview` on a
// free port and runs Lighthouse (mobile defaults) in Debian's Chromium on the home page, the most
// asked article, the search page and the newest blog post. Scores are 0–1.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

export default async function lighthouseBench(args: string[]): Promise<Record<string, unknown>> {
  const { values } = parseArgs({ args, options: { 'skip-build': { type: 'boolean', default: false } } });
  if (!values['skip-build']) await run([ASTRO, 'build']);
  const port = await freePort();
  const server = spawn(process.execPath, [ASTRO, 'preview', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  const chrome = await chromeLauncher.launch({
    chromePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitFor(base);
    const pages = [];
    for (const path of await pickPages(base)) {
      console.error(`lighthouse: ${path}`);
      const result = await lighthouse(`${base}${path}`, { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: CATEGORIES });
      const categories = result?.lhr.categories ?? {};
      const failed = Object.values(result?.lhr.audits ?? {})
        .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
        .map((audit) => audit.id);
      pages.push({
        url: path,
        performance: categories['performance']?.score ?? null,
        accessibility: categories['accessibility']?.score ?? null,
        bestPractices: categories['best-practices']?.score ?? null,
        seo: categories['seo']?.score ?? null,
        ...(failed.length ? { failedAudits: failed } : {}),
      });
    }
    return { pages };
  } finally {
    await chrome.kill();
    stop(server);
  }
}

/** Home, the most asked article, the search page and the newest blog post, read from the home page. */
async function pickPages(base: string): Promise<string[]> {
  const home = await (await fetch(`${base}/`)).text();
  const first = (pattern: RegExp) => pattern.exec(home)?.[1];
  const article = first(/href="(\/faq\/(?!categorie\/)[^"/]+\/)"/);
  const post = first(/href="(\/blog\/(?!\d+\/)[^"/]+\/)"/);
  return ['/', article, '/zoeken/', post].filter((path): path is string => Boolean(path));
}

function run(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')} failed (exit ${code})`))));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitFor(url: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`preview server did not answer at ${url} within ${timeoutMs / 1000}s`);
}

function stop(child: ChildProcess): void {
  if (child.exitCode === null) child.kill('SIGTERM');
}
