// `veelgesteld editor [--port 4433] [--site-port 4434] [--no-site]`: the browser editor for people who
// finish drafts and prepare broadcasts. Starts the editor server (Decap CMS, review queue, live
// check, publish gate; see scripts/editor/server.ts) and `astro dev` with drafts visible, then prints
// the address. It serves this checkout on 127.0.0.1 only and writes the files an editor would write.
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { defineCommand } from 'citty';
import { InputError } from '../lib/errors.ts';
import { buildCmsConfig, type CmsBackend } from '../lib/editor/index.ts';
import { loadConfigIn } from '../lib/io/content.ts';
import { startEditorServer } from '../editor/server.ts';

export default defineCommand({
  meta: { name: 'editor', description: 'Start the browser editor (review queue, CMS, live checks) on this checkout.' },
  args: {
    port: { type: 'string', default: '4433', description: 'Port of the editor (127.0.0.1)' },
    'site-port': { type: 'string', default: '4434', description: 'Port of the site with drafts (astro dev)' },
    site: { type: 'boolean', default: true, description: 'Also start the site with drafts (--no-site: only the editor)' },
    'print-config': { type: 'string', description: 'Print the CMS config for a git host instead: github or gitlab (with --repo)' },
    repo: { type: 'string', description: 'owner/name of the repository, with --print-config' },
    branch: { type: 'string', default: 'main', description: 'Branch the CMS commits to, with --print-config' },
    root: { type: 'string', default: '.', description: 'Project folder (with veelgesteld.config.json)' },
  },
  async run({ args }) {
    const root = resolve(args.root);
    if (args['print-config']) return printConfig(root, args['print-config'], args.repo, args.branch);
    const port = parsePort(args.port, '--port');
    const sitePort = parsePort(args['site-port'], '--site-port');
    let site: ChildProcess | undefined;
    const siteUrl = args.site ? `http://127.0.0.1:${sitePort}/` : undefined;
    if (args.site) site = startSite(root, sitePort);
    const server = await startEditorServer({ root, port, siteUrl });
    console.log(`Redactie draait op ${server.url}`);
    console.log(`  Wachtrij: ${server.url}   Alle inhoud: ${server.url}admin/`);
    if (siteUrl) console.log(`  Site met concepten: ${siteUrl}`);
    console.log('Stoppen: Ctrl+C');
    await new Promise<void>((done) => {
      const stop = () => done();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    site?.kill('SIGTERM');
    await server.close();
    return 0;
  },
});

function parsePort(value: string, name: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new InputError(`${name} must be a port number, not "${value}"`);
  return port;
}

function startSite(root: string, port: number): ChildProcess {
  let astro: string;
  try {
    astro = join(createRequire(join(root, 'package.json')).resolve('astro/package.json'), '..', 'bin', 'astro.mjs');
  } catch {
    throw new InputError(`Astro is not installed in ${root}; run npm install first`);
  }
  const child = spawn(process.execPath, [astro, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  child.on('exit', (code) => {
    if (code) console.error(`editor: the site with drafts (astro dev) stopped with code ${code}; the editor keeps running`);
  });
  return child;
}

async function printConfig(root: string, host: string, repo: string | undefined, branch: string): Promise<number> {
  if (host !== 'github' && host !== 'gitlab') throw new InputError(`--print-config must be github or gitlab, not "${host}"`);
  if (!repo || !/^[\w.-]+\/[\w.-]+$/.test(repo)) throw new InputError('--repo owner/name is required with --print-config');
  const config = await loadConfigIn(root);
  const backend: CmsBackend = { name: host, repo, branch };
  console.log(JSON.stringify(buildCmsConfig({ config, backend, newShortId: 'xxxxx' }), null, 2));
  return 0;
}
