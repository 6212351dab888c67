import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { exportAdmin } from '#scripts/editor/export.ts';
import { loadConfigIn } from '#lib/io/content.ts';
import { FIXTURE_ROOT } from '#tests/unit/scripts/lib/editorial/run-command.ts';

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('exportAdmin', () => {
  it('writes a self-contained CMS folder for a git host: page, config with that backend, scripts, styles, no CDN', async () => {
    dir = await mkdtemp(join(tmpdir(), 'veelgesteld-admin-'));
    await exportAdmin(dir, await loadConfigIn(FIXTURE_ROOT), { name: 'gitlab', repo: 'team/site', branch: 'main', auth_type: 'pkce', app_id: 'abc' }, 'abcde');
    expect((await readdir(dir)).sort()).toEqual(['cms.js', 'config.yml', 'decap', 'editor.css', 'index.html', 'site.css']);
    const config = JSON.parse(await readFile(join(dir, 'config.yml'), 'utf8')) as { backend: unknown };
    expect(config.backend).toEqual({ name: 'gitlab', repo: 'team/site', branch: 'main', auth_type: 'pkce', app_id: 'abc' });
    const page = await readFile(join(dir, 'index.html'), 'utf8');
    expect(page).toContain('<script src="/admin/decap/decap-cms.js"></script>');
    expect(page).not.toMatch(/https?:\/\//);
    expect(await readdir(join(dir, 'decap'))).toContain('decap-cms.js');
  }, 30_000);
});
