// `veelgesteld editor [--port 4433] [--site-port 4434] [--no-site]`: the browser editor for people who
// finish drafts and prepare broadcasts. `--export <dir> --backend github|gitlab --repo owner/name`
// writes the same CMS as a static folder for teams that want it online (see scripts/editor/export.ts). Starts the editor server (Decap CMS, review queue, live
// check, publish gate; see scripts/editor/server.ts) and `astro dev` with drafts visible, then prints
// the address. It serves this checkout on 127.0.0.1 only and writes the files an editor would write.
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { defineCommand } from 'citty';
import { InputError } from '../lib/errors.ts';
import type { CmsBackend } from '../lib/editor/index.ts';
import { parseContentFile } from '../lib/content/index.ts';
import { newShortId } from '../lib/editorial/index.ts';
import { loadConfigIn, readAllContent, readShortIdRegistryFile } from '../lib/io/content.ts';
import { startNode, type BackgroundProcess } from '../lib/io/index.ts';
import { exportAdmin } from '../editor/export.ts';
import { startEditorServer } from '../editor/server.ts';

export default defineCommand({
  meta: { name: 'editor', description: 'Start the browser editor (review queue, CMS, live checks) on this checkout.' },
  args: {
    port: { type: 'string', default: '4433', description: 'Port of the editor (127.0.0.1)' },
    'site-port': { type: 'string', default: '4434', description: 'Port of the site with drafts (astro dev)' },
    site: { type: 'boolean', default: true, description: 'Also start the site with drafts (--no-site: only the editor)' },
    export: { type: 'string', description: 'Write the CMS as a static folder for a git host instead (e.g. public/admin); needs --backend and --repo' },
    backend: { type: 'string', description: 'github or gitlab, with --export' },
    repo: { type: 'string', description: 'owner/name of the repository, with --export' },
    branch: { type: 'string', default: 'main', description: 'Branch the CMS commits to, with --export' },
    'base-url': { type: 'string', description: 'GitHub: the OAuth service that logs editors in (Decap base_url), with --export' },
    'app-id': { type: 'string', description: 'GitLab: the OAuth application id (PKCE login), with --export' },
    root: { type: 'string', default: '.', description: 'Project folder (with veelgesteld.config.json)' },
  },
  async run({ args }) {
    const root = resolve(args.root);
    if (args.export) return exportFor(root, args.export, args);
    const port = parsePort(args.port, '--port');
    const sitePort = parsePort(args['site-port'], '--site-port');
    let site: BackgroundProcess | undefined;
    const siteUrl = args.site ? `http://127.0.0.1:${sitePort}/` : undefined;
    if (args.site) site = startSite(root, sitePort);
    // The site goes when the editor goes, also when the editor fails to start.
    process.once('exit', () => site?.stop());
    const server = await startEditorServer({ root, port, siteUrl }).catch((error: unknown) => {
      site?.stop();
      if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
        throw new InputError(`port ${port} is already in use (is the editor already running?); close it or pass --port ${port + 2}`);
      }
      throw error;
    });
    console.log(`Redactie draait op ${server.url}`);
    console.log(`  Wachtrij: ${server.url}   Alle inhoud: ${server.url}admin/`);
    if (siteUrl) console.log(`  Site met concepten: ${siteUrl}`);
    console.log('Stoppen: Ctrl+C');
    await new Promise<void>((done) => {
      const stop = () => done();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    site?.stop();
    await server.close();
    return 0;
  },
});

function parsePort(value: string, name: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new InputError(`${name} must be a port number, not "${value}"`);
  return port;
}

function startSite(root: string, port: number): BackgroundProcess {
  let astro: string;
  try {
    astro = join(createRequire(join(root, 'package.json')).resolve('astro/package.json'), '..', 'bin', 'astro.mjs');
  } catch {
    throw new InputError(`Astro is not installed in ${root}; run npm install first`);
  }
  return startNode([astro, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: root,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
    onExit: (code) => {
      if (code) console.error(`editor: the site with drafts (astro dev) stopped with code ${code}; the editor keeps running`);
    },
  });
}

async function exportFor(
  root: string,
  dir: string,
  args: { backend?: string | undefined; repo?: string | undefined; branch: string; 'base-url'?: string | undefined; 'app-id'?: string | undefined },
): Promise<number> {
  const { backend: host, repo, branch } = args;
  if (host !== 'github' && host !== 'gitlab') throw new InputError(`--backend must be github or gitlab, not "${host ?? ''}"`);
  if (!repo || !/^[\w.-]+\/[\w./-]+$/.test(repo)) throw new InputError('--repo owner/name is required with --export');
  const backend: CmsBackend =
    host === 'gitlab'
      ? { name: 'gitlab', repo, branch, ...(args['app-id'] ? { auth_type: 'pkce' as const, app_id: args['app-id'] } : {}) }
      : { name: 'github', repo, branch, ...(args['base-url'] ? { base_url: args['base-url'] } : {}) };
  const config = await loadConfigIn(root);
  const target = resolve(root, dir);
  const count = await exportAdmin(target, config, backend, newShortId(await takenShortIds(root)));
  console.log(
    `editor: ${count} files in ${dir}: the CMS for ${host} (${repo}, branch ${branch}). Everything in public/ goes into dist/, so only export into public/ when the CMS should be online.`,
  );
  return 0;
}

async function takenShortIds(root: string): Promise<Set<string>> {
  const taken = await readShortIdRegistryFile(root);
  for (const file of await readAllContent(root)) {
    const id = parseContentFile(file).frontmatter?.['shortId'];
    if (typeof id === 'string') taken.add(id);
  }
  return taken;
}
