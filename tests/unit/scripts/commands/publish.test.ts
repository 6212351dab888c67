import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import publish from '#scripts/commands/publish.ts';
import { copyFixtureProject, run } from '#tests/unit/scripts/lib/editorial/run-command.ts';

let root: string;
beforeEach(async () => {
  root = await copyFixtureProject();
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const DRAFT = 'content/faq/nl/klaar-voor-review.mdx';
const DRAFT_TEXT = `---
# Opmerking van de redactie: blijft staan.
title: "Kan ik mijn bestelling ophalen?"
description: >-
  Ja, je kunt je bestelling gratis ophalen bij een van onze afhaalpunten; kies dat bij het afrekenen.
lang: nl
status: draft   # wordt review
category: Bezorging
shortId: f6hwz
tags: [ophalen,   afhaalpunt]
---

Ja, dat kan bij elk afhaalpunt.
`;

describe('veelgesteld publish', () => {
  it('moves a draft to review and changes nothing but the status value', async () => {
    await writeFile(join(root, DRAFT), DRAFT_TEXT);
    const { code, out } = await run(publish, ['--root', root, DRAFT]);
    expect(code).toBe(0);
    expect(out).toBe(`publish: ${DRAFT}: status draft → review`);
    expect(await readFile(join(root, DRAFT), 'utf8')).toBe(DRAFT_TEXT.replace('status: draft   #', 'status: review   #'));
  });

  it('publishes a review item found by shortId, setting publishAt and updatedAt to now, keeping the rest byte for byte', async () => {
    await writeFile(join(root, DRAFT), DRAFT_TEXT.replace('status: draft', 'status: review'));
    const { code } = await run(publish, ['--root', root, 'f6hwz'], '2026-11-23T12:00:00+01:00');
    expect(code).toBe(0);
    const expected = DRAFT_TEXT.replace(
      'status: draft   # wordt review\n',
      'status: published   # wordt review\npublishAt: 2026-11-23T12:00:00+01:00\nupdatedAt: 2026-11-23T12:00:00+01:00\n',
    );
    expect(await readFile(join(root, DRAFT), 'utf8')).toBe(expected);
  });

  it('schedules publication with --at in Amsterdam time, in summer time across the DST change', async () => {
    await writeFile(join(root, DRAFT), DRAFT_TEXT.replace('status: draft', 'status: review'));
    const { code, out } = await run(publish, ['--root', root, DRAFT, '--at', '2027-03-28 09:00'], '2027-03-27T12:00:00+01:00');
    expect(code).toBe(0);
    expect(out).toBe(`publish: ${DRAFT}: status review → published; goes public at 2027-03-28T09:00:00+02:00`);
    expect(await readFile(join(root, DRAFT), 'utf8')).toContain('publishAt: 2027-03-28T09:00:00+02:00\n');
  });

  it('keeps a broadcast embargo that is already planned and only updates existing keys in place', async () => {
    const file = 'content/broadcasts/radar-2026-12-01.mdx';
    const before = (await readFile(join(root, file), 'utf8')).replace('status: published', 'status: review');
    await writeFile(join(root, file), before);
    const { code } = await run(publish, ['--root', root, file], '2026-11-23T12:00:00+01:00');
    expect(code).toBe(0);
    const after = await readFile(join(root, file), 'utf8');
    expect(after).toContain('publishAt: 2026-12-01T18:30:00+01:00\n');
    expect(after).toContain('updatedAt: 2026-12-01T18:30:00+01:00\n');
    expect(after.replace(/updatedAt: .*\n/, '')).toBe(before.replace('status: review', 'status: published'));
  });

  it('refuses to publish when the check fails for the result, and leaves the file alone', async () => {
    const withTodo = DRAFT_TEXT.replace('Ja, dat kan bij elk afhaalpunt.', 'Ja, dat kan.\n\nTODO: lijst van afhaalpunten.');
    await writeFile(join(root, DRAFT), withTodo);
    const { code, out } = await run(publish, ['--root', root, DRAFT]);
    expect(code).toBe(1);
    expect(out).toBe(
      [
        `${DRAFT}:15:1: error: TODO left in a review faq: finish this text, or set status back to draft`,
        'publish: refused (not moved to review): fix the errors above, then run publish again',
      ].join('\n'),
    );
    expect(await readFile(join(root, DRAFT), 'utf8')).toBe(withTodo);
  });

  it('refuses to go backwards or past published', async () => {
    await expect(run(publish, ['--root', root, 'content/faq/nl/retourneren.mdx'])).rejects.toThrow('already published');
    await writeFile(join(root, DRAFT), DRAFT_TEXT.replace('status: draft', 'status: review'));
    await expect(run(publish, ['--root', root, DRAFT, '--to', 'draft'])).rejects.toThrow('--to must be review or published');
  });

  it('names an unknown shortId', async () => {
    await expect(run(publish, ['--root', root, 'zzzzz'])).rejects.toThrow('no file "zzzzz" and no FAQ article or broadcast with shortId "zzzzz"');
  });
});
