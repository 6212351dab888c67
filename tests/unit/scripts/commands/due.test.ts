import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import due from '#scripts/commands/due.ts';
import { copyFixtureProject, run } from '#tests/unit/scripts/lib/editorial/run-command.ts';

let root: string;
beforeEach(async () => {
  root = await copyFixtureProject();
  await faq('na-de-klok', 'published', '2026-10-25T02:30:00+01:00');
  await faq('te-laat-voor-het-venster', 'published', '2026-10-25T06:45:00+01:00');
  await faq('nog-in-review', 'review', '2026-10-25T03:00:00+01:00');
  await faq('lente', 'published', '2027-03-28T08:00:00+02:00');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function faq(slug: string, status: string, publishAt: string): Promise<void> {
  const shortIds: Record<string, string> = { 'na-de-klok': 'ka2b3', 'te-laat-voor-het-venster': 'kb3c4', 'nog-in-review': 'kc4d5', lente: 'kd5e6' };
  const text = `---\ntitle: Vraag ${slug}\ndescription: Een vraag die op een vast moment publiek wordt, om het schema te testen rond de wisseling.\nlang: nl\nstatus: ${status}\npublishAt: ${publishAt}\ncategory: Test\nshortId: ${shortIds[slug]}\n---\n\nAntwoord.\n`;
  await writeFile(join(root, `content/faq/nl/${slug}.mdx`), text);
}

describe('veelgesteld due', () => {
  it('counts real hours across the autumn DST change (2026-10-25): 02:30 CET is in, 06:45 CET is not', async () => {
    const { code, out } = await run(due, ['--root', root, '--within', '6h', '--now', '2026-10-25T01:30:00+02:00']);
    expect(code).toBe(0);
    expect(out).toBe(
      [
        'due: 2 items scheduled between 2026-10-25T01:30:00+02:00 and 2026-10-25T06:30:00+01:00:',
        '  2026-10-25T02:30:00+01:00  content/faq/nl/na-de-klok.mdx  "Vraag na-de-klok"',
        '  2026-10-25T03:00:00+01:00  content/faq/nl/nog-in-review.mdx  "Vraag nog-in-review"  (status review: will NOT go public until it is published)',
        'due: no rebuild needed',
      ].join('\n'),
    );
  });

  it('counts real hours across the spring DST change (2027-03-28): 08:00 CEST is within 6h of 01:30 CET', async () => {
    const { code, out } = await run(due, ['--root', root, '--within', '6h', '--now', '2027-03-28T01:30:00+01:00']);
    expect(code).toBe(0);
    expect(out).toContain('  2027-03-28T08:00:00+02:00  content/faq/nl/lente.mdx  "Vraag lente"');
    expect(out).toContain('and 2027-03-28T08:30:00+02:00:');
  });

  it('takes VEELGESTELD_NOW when --now is not given', async () => {
    const { out } = await run(due, ['--root', root, '--within', '1h'], '2027-03-28T07:30:00+02:00');
    expect(out).toContain('content/faq/nl/lente.mdx');
  });

  it('exits 1 when a published embargo passed since dist/.build-time, and lists it', async () => {
    await mkdir(join(root, 'dist'), { recursive: true });
    await writeFile(join(root, 'dist/.build-time'), '2026-10-25T01:00:00+02:00\n');
    const { code, out } = await run(due, ['--root', root, '--within', '15m', '--now', '2026-10-25T03:10:00+01:00']);
    expect(code).toBe(1);
    expect(out).toBe(
      [
        'due: 1 item became public since the last build (2026-10-25T01:00:00+02:00); rebuild now:',
        '  2026-10-25T02:30:00+01:00  content/faq/nl/na-de-klok.mdx  "Vraag na-de-klok"',
        'due: nothing scheduled between 2026-10-25T03:10:00+01:00 and 2026-10-25T03:25:00+01:00',
        'due: rebuild needed (exit 1)',
      ].join('\n'),
    );
  });

  it('exits 0 when the last build already included it', async () => {
    await mkdir(join(root, 'dist'), { recursive: true });
    await writeFile(join(root, 'dist/.build-time'), '2026-10-25T02:31:00+01:00\n');
    const { code } = await run(due, ['--root', root, '--within', '15m', '--now', '2026-10-25T03:10:00+01:00']);
    expect(code).toBe(0);
  });

  it('without a build time, looks one window back: a cron job every 15 minutes rebuilds exactly once', async () => {
    const runAt = async (now: string) => (await run(due, ['--root', root, '--within', '15m', '--now', now])).code;
    expect(await runAt('2026-10-25T02:20:00+01:00')).toBe(0);
    expect(await runAt('2026-10-25T02:35:00+01:00')).toBe(1);
    expect(await runAt('2026-10-25T02:50:00+01:00')).toBe(0);
  });

  it('never triggers a rebuild for an item that is not published', async () => {
    const { code } = await run(due, ['--root', root, '--within', '15m', '--now', '2026-10-25T03:05:00+01:00']);
    expect(code).toBe(0);
  });

  it('explains a window it cannot read', async () => {
    await expect(run(due, ['--root', root, '--within', 'zes uur'])).rejects.toThrow('"zes uur" is not a duration');
  });
});
