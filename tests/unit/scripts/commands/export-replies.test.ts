import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import exportReplies from '#scripts/commands/export-replies.ts';
import { countTweetLength } from '#core/tweet-length.ts';
import { FIXTURE_ROOT, run } from '#tests/unit/scripts/lib/editorial/run-command.ts';

const AFTER_BROADCAST = '2026-12-02T10:00:00+01:00';

describe('veelgesteld export-replies', () => {
  it('writes CSV with the documented columns: title, shortcut, reply, url, tags, language, type', async () => {
    const { code, out } = await run(exportReplies, ['--root', FIXTURE_ROOT, '--format', 'csv'], AFTER_BROADCAST);
    expect(code).toBe(0);
    expect(out.split('\r\n')[0]).toBe('title,shortcut,reply,url,tags,language,type');
    const rows = parse(out, { columns: true }) as Record<string, string>[];
    expect(rows.find((row) => row['shortcut'] === '#r7tkm')).toEqual({
      title: 'Hoe stuur ik een bestelling terug?',
      shortcut: '#r7tkm',
      reply:
        'Terugsturen kan binnen 30 dagen gratis: maak in je account een retourlabel aan en lever het pakket in bij een servicepunt. https://hulp.example.nl/k/r7tkm',
      url: 'https://hulp.example.nl/faq/retourneren/',
      tags: 'Retour, label',
      language: 'nl',
      type: 'faq',
    });
    expect(rows.find((row) => row['shortcut'] === '#e3ns8')?.['url']).toBe('https://hulp.example.nl/en/faq/returns/');
    expect(rows.filter((row) => row['type'] === 'broadcast').map((row) => row['shortcut'])).toEqual(['#m2wd7-1', '#m2wd7-2']);
    for (const row of rows) expect(countTweetLength(row['reply'] ?? '')).toBeLessThanOrEqual(280);
  });

  it('leaves out drafts and broadcasts still under embargo', async () => {
    const { out } = await run(exportReplies, ['--root', FIXTURE_ROOT, '--format', 'json'], '2026-12-01T18:00:00+01:00');
    const replies = JSON.parse(out) as { shortcut: string }[];
    expect(replies.map((reply) => reply.shortcut).sort()).toEqual(['#e3ns8', '#h4xq9', '#r7tkm']);
  });

  it('adds utm_source and utm_medium=webcare with --utm', async () => {
    const { out } = await run(exportReplies, ['--root', FIXTURE_ROOT, '--format', 'json', '--utm', 'facebook'], AFTER_BROADCAST);
    const replies = JSON.parse(out) as { shortcut: string; reply: string; url: string }[];
    const faq = replies.find((reply) => reply.shortcut === '#h4xq9');
    expect(faq?.reply).toMatch(/ https:\/\/hulp\.example\.nl\/k\/h4xq9\?utm_source=facebook&utm_medium=webcare$/);
  });

  it('refuses a channel that is not configured', async () => {
    await expect(run(exportReplies, ['--root', FIXTURE_ROOT, '--utm', 'tiktok'])).rejects.toThrow('--utm must be one of x, facebook, whatsapp, not "tiktok"');
  });
});
