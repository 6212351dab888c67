import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEditorServer, type EditorServer } from '#scripts/editor/server.ts';
import { copyFixtureProject } from '#tests/unit/scripts/lib/editorial/run-command.ts';

let root: string;
let server: EditorServer;
beforeAll(async () => {
  root = await copyFixtureProject();
  server = await startEditorServer({ root, port: Number(process.env['E2E_EDITOR_UNIT_PORT'] ?? 4437), now: () => new Date('2026-11-23T12:00:00+01:00') });
}, 30_000);
afterAll(async () => {
  await server?.close();
  await rm(root, { recursive: true, force: true });
});

const post = (path: string, body: unknown, headers: Record<string, string> = { 'Content-Type': 'application/json' }) =>
  fetch(new URL(path, server.url), { method: 'POST', headers, body: JSON.stringify(body) });

describe('the editor server', () => {
  it('speaks Decap’s proxy protocol on the checkout', async () => {
    const info = await post('/api/v1', { action: 'info', params: {} });
    expect(await info.json()).toMatchObject({ publish_modes: ['simple'], type: 'local_fs' });
    const entries = (await (await post('/api/v1', { action: 'entriesByFolder', params: { folder: 'content/faq/nl', extension: 'mdx', depth: 1 } })).json()) as {
      file: { path: string };
    }[];
    expect(entries.map((entry) => entry.file.path)).toContain('content/faq/nl/bezorgtijden.mdx');
  });

  it('never reads or writes outside content/ and public/img/', async () => {
    const response = await post('/api/v1', { action: 'getEntry', params: { path: '../veelgesteld.config.json' } });
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: 'path outside content/ and public/img/: ../veelgesteld.config.json' });
  });

  it('refuses what another web page in the same browser could send', async () => {
    expect((await post('/api/v1', { action: 'info' }, { 'Content-Type': 'text/plain' })).status).toBe(415);
    expect((await post('/api/v1', { action: 'info' }, { 'Content-Type': 'application/json', Origin: 'https://evil.example' })).status).toBe(403);
  });

  it('serves the queue, the CMS page and a config generated for this address', async () => {
    expect(await (await fetch(server.url)).text()).toContain('<h1>Wachtrij: concepten om af te maken</h1>');
    expect(await (await fetch(new URL('/admin/', server.url))).text()).toContain('/admin/decap/decap-cms.js');
    const config = (await (await fetch(new URL('/admin/config.yml', server.url))).json()) as { backend: unknown };
    expect(config.backend).toEqual({ name: 'proxy', proxy_url: server.url.replace(/\/$/, '') + '/api/v1', branch: 'main' });
  });

  it('answers the live check with the check’s problems and lengths as X counts them', async () => {
    const response = await post('/api/editor/check', {
      collection: 'faq-nl',
      path: 'content/faq/nl/bezorgtijden.mdx',
      data: { title: 'x'.repeat(61), reply: 'Kijk op https://example.nl/een/heel/lange/link 😀', shortId: 'abcd' },
    });
    const result = (await response.json()) as { problems: { code: string }[]; lengths: { title: number; reply: number } };
    expect(result.problems.map((problem) => problem.code)).toContain('title-length');
    expect(result.lengths).toMatchObject({ title: 61, reply: 'Kijk op '.length + 23 + 1 + 2 + 1 + 23 });
  });
});
