import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import check from '#scripts/commands/check.ts';
import { FIXTURE_ROOT, run } from '#tests/unit/scripts/lib/editorial/run-command.ts';

const checkFixture = (path: string) => run(check, ['--root', FIXTURE_ROOT, path]);

describe('veelgesteld check', () => {
  it('passes the valid fixture content with only a note for the unfinished draft', async () => {
    const { code, out } = await run(check, ['--root', FIXTURE_ROOT]);
    expect(code).toBe(0);
    expect(out).toBe(
      [
        'content/faq/nl/concept-vraag.mdx:2: note: draft has 4 TODOs left (first on this line); finish them before setting status to review',
        'check: 6 files, 0 errors, 0 warnings',
      ].join('\n'),
    );
  });

  it.each([
    [
      'frontmatter',
      [
        'failing/frontmatter/faq/nl/kapotte-yaml.mdx:3: error: a text starts with a quote (") but the closing quote is missing; end the text with the same quote',
      ],
    ],
    [
      'yaml-colon',
      [
        'failing/yaml-colon/faq/nl/dubbele-punt.mdx:3: error: this line has a colon followed by a space inside a text; put the whole text between quotes ("...")',
      ],
    ],
    [
      'schema',
      [
        'failing/schema/faq/nl/zonder-shortid.mdx:1: error: shortId: is missing',
        'failing/schema/faq/nl/zonder-shortid.mdx:5: error: status: must be one of draft, review, published (not "klaar")',
      ],
    ],
    [
      'collection',
      ['failing/collection/artikelen/verdwaald.mdx:1: error: this file is not inside a faq, blog or broadcasts folder, so the site does not know what it is'],
    ],
    ['lang-folder', ['failing/lang-folder/faq/en/verkeerde-taal.mdx:4: error: lang is "nl" but the file is in the "en" folder; make them match']],
    [
      'duplicate-slug',
      [
        'failing/duplicate-slug/faq/nl/retourneren.mdx:1: error: slug "retourneren" (the file name) is also used by content/faq/nl/retourneren.mdx in the same collection and language; rename one of the files',
      ],
    ],
    [
      'duplicate-shortid',
      [
        'failing/duplicate-shortid/broadcasts/kassa-2026-11-30.mdx:9: error: shortId "h4xq9" is also used by content/faq/nl/bezorgtijden.mdx; a short link must lead to one page, so give the newer item another shortId',
      ],
    ],
    [
      'broken-link',
      [
        'failing/broken-link/faq/nl/verkeerde-link.mdx:10:12: error: link /faq/bezorgtijd/ goes nowhere: there is no Dutch faq item "bezorgtijd"',
        'failing/broken-link/faq/nl/verkeerde-link.mdx:12:12: error: link https://hulp.example.nl/k/zzzzz goes nowhere: no FAQ article or broadcast has shortId "zzzzz"',
      ],
    ],
    [
      'broken-related',
      ['failing/broken-related/faq/nl/los-verband.mdx:10: error: related: no article or broadcast has the slug or shortId "cadeaukaart-saldo"'],
    ],
    [
      'missing-image',
      [
        'failing/missing-image/blog/nl/plaatjes.mdx:11:1: error: image ./oud-label.png not found (looked for failing/missing-image/blog/nl/oud-label.png)',
        'failing/missing-image/blog/nl/plaatjes.mdx:13:19: error: image /images/nieuw-label.png not found (looked for public/images/nieuw-label.png)',
      ],
    ],
    [
      'personal-data',
      [
        'failing/personal-data/faq/nl/klantgegevens.mdx:12:44: error: this looks like personal data (e-mail); content must never contain customer details: remove it or make it general',
        'failing/personal-data/faq/nl/klantgegevens.mdx:12:72: error: this looks like personal data (telefoon); content must never contain customer details: remove it or make it general',
      ],
    ],
    ['todo', ['failing/todo/faq/nl/half-af.mdx:12:1: error: TODO left in a review faq: finish this text, or set status back to draft']],
    ['title-length', ['failing/title-length/faq/nl/lange-titel.mdx:2: error: title is 83 characters; keep it at most 60 so search engines show it in full']],
    [
      'description-length',
      [
        'failing/description-length/faq/nl/korte-omschrijving.mdx:3: error: description is 12 characters; write between 50 and 160 (it is the snippet under the title in search results)',
      ],
    ],
    [
      'reply-length',
      [
        'failing/reply-length/faq/nl/lang-antwoord.mdx:8: error: reply is 292 characters as X counts them once the short link is added; at most 280 fit in one post, so shorten it by 12',
      ],
    ],
    [
      'reply-too-long',
      ['failing/reply-too-long/faq/nl/veel-te-lang.mdx:8: error: reply: the reply is 307 characters as X counts them; at most 280 fit in one post'],
    ],
    [
      'broadcast-reply-length',
      [
        'failing/broadcast-reply-length/broadcasts/opgelicht-2026-12-08.mdx:15: error: replies.1 is 305 characters as X counts them; at most 280 fit in one post',
      ],
    ],
  ])('fails on %s with file:line and a plain message', async (fixture, expected) => {
    const { code, out } = await checkFixture(`failing/${fixture}`);
    expect(code).toBe(1);
    const errors = expected.length;
    expect(out).toBe([...expected, `check: 1 file, ${errors} error${errors === 1 ? '' : 's'}, 0 warnings`].join('\n'));
  });

  it('warns about a stale article but exits 0', async () => {
    const { code, out } = await checkFixture('failing/stale');
    expect(code).toBe(0);
    expect(out).toBe(
      [
        'failing/stale/faq/nl/oud-artikel.mdx:7: warning: last updated 2025-02-03, 658 days ago (more than 180): check that it is still right, then set updatedAt to today',
        'check: 1 file, 0 errors, 1 warning',
      ].join('\n'),
    );
  });

  it('does not warn about the same article while it is recent enough', async () => {
    const { out } = await run(check, ['--root', FIXTURE_ROOT, 'failing/stale'], '2025-06-01T12:00:00+02:00');
    expect(out).toBe('check: 1 file, 0 errors, 0 warnings');
  });

  it('names a path that does not exist instead of checking nothing', async () => {
    await expect(checkFixture('content/faq/xx')).rejects.toThrow('content/faq/xx does not exist');
  });
});

describe('veelgesteld check on the editors’ decisions (content/decisions.json)', () => {
  const withDecisions = (text: string): string => {
    const root = mkdtempSync(join(tmpdir(), 'veelgesteld-check-decisions-'));
    cpSync(FIXTURE_ROOT, root, { recursive: true });
    writeFileSync(join(root, 'content', 'decisions.json'), text);
    return root;
  };

  it('refuses a decisions file that does not match its schema, naming the file and the field', async () => {
    const root = withDecisions(JSON.stringify({ version: 1, decisions: [{ kind: 'reject', id: 'd-7f3k2a', groupId: 'c-1' }] }));
    const { code, out } = await run(check, ['--root', root]);
    expect(code).toBe(1);
    expect(out).toMatch(/^content\/decisions\.json:1: error: .*at/mu);
    rmSync(root, { recursive: true, force: true });
  });

  it('accepts a valid one', async () => {
    const decision = {
      kind: 'reject',
      id: 'd-7f3k2a',
      at: '2026-11-30T10:00:00+01:00',
      groupId: 'c-1',
      label: 'Leuke reclame',
      lang: 'nl',
      questions: ['Wat een leuke reclame'],
      reason: 'not-a-question',
    };
    const root = withDecisions(JSON.stringify({ version: 1, decisions: [decision] }));
    const { code, out } = await run(check, ['--root', root]);
    expect(code, out).toBe(0);
    expect(out).not.toContain('decisions.json');
    rmSync(root, { recursive: true, force: true });
  });
});
