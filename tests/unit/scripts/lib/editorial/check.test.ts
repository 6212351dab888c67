import { describe, expect, it } from 'vitest';
import { checkContent } from '#lib/editorial/index.ts';
import { checkOptions } from '#tests/fixtures/editorial/check-options.ts';

const options = checkOptions();

function faq(path: string, extra: string, body = 'Antwoord.'): { path: string; text: string } {
  return {
    path,
    text: `---\ntitle: Een vraag\ndescription: Een omschrijving die lang genoeg is om in zoekresultaten te verschijnen.\ncategory: Bezorging & retour\n${extra}\n---\n\n${body}\n`,
  };
}

describe('checkContent', () => {
  it('accepts links to previous slugs, categories and short links', () => {
    const files = [
      faq('content/faq/nl/nieuw.mdx', 'status: published\nshortId: abcde\npreviousSlugs: [oud]'),
      faq(
        'content/faq/nl/b.mdx',
        'status: published\nshortId: fghjk',
        '[a](/faq/oud/) [b](/faq/bezorging-retour/) [c](/k/abcde) [d](https://elders.nl/faq/x) [e](#kop)',
      ),
    ];
    expect(checkContent(files, options)).toEqual([]);
  });

  it('treats editorial problems in a draft as warnings, not errors', () => {
    const problems = checkContent([faq('content/faq/nl/a.mdx', 'status: draft\nshortId: abcde', '[x](/faq/bestaat-niet/)')], options);
    expect(problems.map((problem) => [problem.code, problem.severity])).toEqual([['broken-link', 'warning']]);
  });

  it("does not flag the company's own number and handle, nor the broadcast's named contact", () => {
    const broadcast = {
      path: 'content/broadcasts/radar.mdx',
      text: `---\ntitle: Reactie\ndescription: Een omschrijving die lang genoeg is om in zoekresultaten te verschijnen.\nstatus: review\nprogramme: Radar\nairsAt: 2026-12-01T20:30:00+01:00\npublishAt: 2026-12-01T18:30:00+01:00\nshortId: abcde\ncontact:\n  name: Pieter de Vries\n  route: Bel 0800-0000000\n---\n\nPieter de Vries, woordvoerder: bel 0800-0000000 of DM @VoorbeeldNL.\n`,
    };
    expect(checkContent([broadcast], options)).toEqual([]);
  });

  it('reports only the files `only` accepts, but uses all files for duplicates', () => {
    const files = [faq('content/faq/nl/a.mdx', 'status: review\nshortId: abcde'), faq('content/faq/nl/b.mdx', 'status: review\nshortId: abcde')];
    const problems = checkContent(files, { ...options, only: (path) => path.endsWith('b.mdx') });
    expect(problems.map((problem) => `${problem.file}:${problem.line} ${problem.code}`)).toEqual(['content/faq/nl/b.mdx:6 duplicate-shortid']);
  });

  it('explains a previous slug that is another item’s current slug', () => {
    const files = [
      faq('content/faq/nl/a.mdx', 'status: review\nshortId: abcde\npreviousSlugs:\n  - b'),
      faq('content/faq/nl/b.mdx', 'status: review\nshortId: fghjk'),
    ];
    expect(checkContent(files, options).map((problem) => [problem.line, problem.message])).toEqual([
      [8, 'previousSlugs: "b" is the current slug of content/faq/nl/b.mdx; the old address cannot redirect to two pages'],
    ]);
  });

  it("does not mistake the draft tool's own hash for a card number, but still finds one in the text", () => {
    // 33667466905137 (the digits after "5e") passes the Luhn test, as a card number would.
    const draft = faq('content/faq/nl/a.mdx', 'status: draft\nshortId: abcde\ngeneratedHash: "fnv1a64:5e33667466905137"');
    expect(checkContent([draft], options)).toEqual([]);
    const withCard = faq(
      'content/faq/nl/a.mdx',
      'status: draft\nshortId: abcde\ngeneratedHash: "fnv1a64:5e33667466905137"',
      'Kaart 4111 1111 1111 1111 kwijt.',
    );
    expect(checkContent([withCard], options).map((problem) => `${problem.line} ${problem.code}`)).toEqual(['10 personal-data']);
  });

  it('accepts team mailboxes and blog pages but still flags a personal address', () => {
    const files = [
      faq(
        'content/faq/nl/a.mdx',
        'status: review\nshortId: abcde',
        'Mail klantenservice@veldlicht.example of pers@veldlicht.example. Zie [blog](/blog/2/).\n\nOf mail piet.jansen@veldlicht.example.',
      ),
    ];
    expect(checkContent(files, options).map((problem) => `${problem.line}:${problem.column} ${problem.code}`)).toEqual(['11:9 personal-data']);
  });
});
