import { parse } from 'csv-parse/sync';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import cmKit from '#scripts/commands/cm-kit.ts';
import { countTweetLength } from '#core/tweet-length.ts';
import { copyFixtureProject, FIXTURE_ROOT, run } from '#tests/unit/scripts/lib/editorial/run-command.ts';

const BROADCAST = 'content/broadcasts/radar-2026-12-01.mdx';

describe('veelgesteld cm-kit', () => {
  it('exports every prepared reply with the short link appended, as CSV with a count per reply', async () => {
    const { code, out } = await run(cmKit, ['--root', FIXTURE_ROOT, BROADCAST, '--format', 'csv']);
    expect(code).toBe(0);
    const rows = parse(out, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0] ?? {})).toEqual(['number', 'reply', 'characters', 'link']);
    expect(rows.map((row) => row['number'])).toEqual(['1', '2']);
    for (const row of rows) {
      expect(row['link']).toBe('https://hulp.example.nl/k/m2wd7');
      expect(row['reply']).toMatch(/ https:\/\/hulp\.example\.nl\/k\/m2wd7$/);
      expect(Number(row['characters'])).toBe(countTweetLength(row['reply'] ?? ''));
    }
    expect(rows[1]?.['reply']).toBe('Heb je nog niets ontvangen? Stuur ons een DM, dan kijken we het direct na. https://hulp.example.nl/k/m2wd7');
  });

  it('finds the broadcast by shortId and writes Markdown', async () => {
    const { out } = await run(cmKit, ['--root', FIXTURE_ROOT, 'm2wd7']);
    expect(out).toContain('# CM-kit: Onze reactie op Radar over vertraagde terugbetalingen');
    expect(out).toContain('- Uitzending: 2026-12-01T20:30:00+01:00');
    expect(out).toContain(
      '## Antwoord 2 (98/280)\n\n```text\nHeb je nog niets ontvangen? Stuur ons een DM, dan kijken we het direct na. https://hulp.example.nl/k/m2wd7\n```',
    );
  });

  it('adds UTM parameters for a channel and still counts the link as 23', async () => {
    const { out } = await run(cmKit, ['--root', FIXTURE_ROOT, BROADCAST, '--format', 'csv', '--utm', 'whatsapp']);
    const rows = parse(out, { columns: true }) as Record<string, string>[];
    expect(rows[1]?.['reply']).toMatch(/\/k\/m2wd7\?utm_source=whatsapp&utm_medium=webcare$/);
    expect(rows[1]?.['characters']).toBe('98');
  });

  it('names the reply that does not fit in one post', async () => {
    await expect(run(cmKit, ['--root', FIXTURE_ROOT, 'failing/broadcast-reply-length/broadcasts/opgelicht-2026-12-08.mdx'])).rejects.toThrow(
      'failing/broadcast-reply-length/broadcasts/opgelicht-2026-12-08.mdx: reply 2 is 329 characters with the link; at most 280 fit in one post',
    );
  });

  it('refuses a FAQ article', async () => {
    await expect(run(cmKit, ['--root', FIXTURE_ROOT, 'content/faq/nl/retourneren.mdx'])).rejects.toThrow('is not a broadcast');
  });

  it('writes to --out', async () => {
    const root = await copyFixtureProject();
    try {
      const { out } = await run(cmKit, ['--root', root, BROADCAST, '--out', 'kit.md']);
      expect(out).toBe('cm-kit: wrote 2 replies to kit.md');
      expect(await readFile(join(root, 'kit.md'), 'utf8')).toContain('## Antwoord 1');
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
