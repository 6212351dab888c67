import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import newCommand from '#scripts/commands/new.ts';
import check from '#scripts/commands/check.ts';
import { SHORT_ID_PATTERN } from '#core/content.ts';
import { parseContentFile } from '#lib/content/index.ts';
import { copyFixtureProject, run } from '#tests/unit/scripts/lib/editorial/run-command.ts';

let root: string;
beforeEach(async () => {
  root = await copyFixtureProject();
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function frontmatterOf(path: string): Promise<Record<string, unknown>> {
  const parsed = parseContentFile({ path, text: await readFile(join(root, path), 'utf8') });
  return parsed.frontmatter ?? {};
}

describe('veelgesteld new', () => {
  it('scaffolds a FAQ article that passes the check with only a TODO note', async () => {
    const { code, out } = await run(newCommand, ['faq', '--root', root, '--title', 'Kan ik met iDEAL betalen?']);
    expect(code).toBe(0);
    const path = 'content/faq/nl/kan-ik-met-ideal-betalen.mdx';
    expect(out).toBe(`new: wrote ${path}; fill in the TODOs, then run: veelgesteld check ${path}`);
    const checked = await run(check, ['--root', root, path]);
    expect(checked.code).toBe(0);
    expect(checked.out).toMatch(/^content\/faq\/nl\/kan-ik-met-ideal-betalen\.mdx:\d+: note: draft has \d+ TODOs left/);
    expect(checked.out).toContain('check: 1 file, 0 errors, 0 warnings');
    const data = await frontmatterOf(path);
    expect(data['status']).toBe('draft');
    expect(data['title']).toBe('Kan ik met iDEAL betalen?');
  });

  it('never reuses a shortId from content or from content/.shortids.json', async () => {
    const inUse = new Set(['r7tkm', 'h4xq9', 'c9fpz', 'e3ns8', 'm2wd7']);
    await writeFile(join(root, 'content/.shortids.json'), JSON.stringify({ version: 1, shortIds: { abcde: { clusterIds: ['c1'] } } }));
    for (let n = 0; n < 5; n += 1) await run(newCommand, ['faq', '--root', root, '--lang', 'en', '--title', `Question ${n}`]);
    const files = await readdir(join(root, 'content/faq/en'));
    const ids = await Promise.all(files.map(async (file) => (await frontmatterOf(`content/faq/en/${file}`))['shortId']));
    for (const id of ids.filter((_id, n) => files[n]?.startsWith('question'))) {
      expect(id).toMatch(SHORT_ID_PATTERN);
      expect(inUse.has(String(id)) || id === 'abcde').toBe(false);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each([
    ['winter time', '2026-12-01 20:30', '2026-12-01T20:30:00+01:00', '2026-12-01T18:30:00+01:00'],
    ['summer time', '2026-06-02 21:00', '2026-06-02T21:00:00+02:00', '2026-06-02T19:00:00+02:00'],
    ['the night the clocks go back', '2026-10-25 03:30', '2026-10-25T03:30:00+01:00', '2026-10-25T02:30:00+02:00'],
    ['the morning after the clocks go forward', '2027-03-28 04:00', '2027-03-28T04:00:00+02:00', '2027-03-28T01:00:00+01:00'],
  ])('scaffolds a broadcast airing in %s with an offset-correct airsAt and publishAt two real hours earlier', async (_name, airs, airsAt, publishAt) => {
    const { code, out } = await run(newCommand, ['broadcast', '--root', root, '--programme', 'Kassa', '--airs', airs]);
    expect(code).toBe(0);
    const path = /wrote (\S+);/.exec(out)?.[1] ?? '';
    expect(path).toBe(`content/broadcasts/kassa-${airs.slice(0, 10)}.mdx`);
    const data = await frontmatterOf(path);
    expect(data['airsAt']).toBe(airsAt);
    expect(data['publishAt']).toBe(publishAt);
    expect(new Date(String(data['airsAt'])).getTime() - new Date(String(data['publishAt'])).getTime()).toBe(2 * 3_600_000);
    expect(data).toMatchObject({ status: 'draft', programme: 'Kassa' });
    const checked = await run(check, ['--root', root, path]);
    expect(checked.code).toBe(0);
    expect(checked.out).toContain('check: 1 file, 0 errors, 0 warnings');
  });

  it('refuses an airing time that does not exist in Amsterdam', async () => {
    await expect(run(newCommand, ['broadcast', '--root', root, '--programme', 'Kassa', '--airs', '2027-03-28 02:30'])).rejects.toThrow(
      'does not exist in Amsterdam',
    );
  });

  it('scaffolds a blog post that passes the check', async () => {
    const { code } = await run(newCommand, ['blog', '--root', root, '--title', 'Wij gaan verhuizen']);
    expect(code).toBe(0);
    const checked = await run(check, ['--root', root, 'content/blog/nl/wij-gaan-verhuizen.mdx']);
    expect(checked.code).toBe(0);
  });

  it('never overwrites an existing file', async () => {
    await expect(run(newCommand, ['faq', '--root', root, '--title', 'Retourneren'])).rejects.toThrow('content/faq/nl/retourneren.mdx already exists');
  });

  it('asks for the programme and airing time of a broadcast', async () => {
    await expect(run(newCommand, ['broadcast', '--root', root])).rejects.toThrow('a broadcast needs --programme and --airs');
  });
});
