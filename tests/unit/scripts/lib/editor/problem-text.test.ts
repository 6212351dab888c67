import { describe, expect, it } from 'vitest';
import { formatProblemDutch, problemMessageDutch } from '#lib/editor/problem-text.ts';
import { checkContent, type Problem } from '#lib/editorial/index.ts';
import { checkOptions } from '#tests/fixtures/editorial/check-options.ts';

const options = checkOptions((path) => !path.includes('ontbreekt'));

const DESCRIPTION = 'Een omschrijving die lang genoeg is om in zoekresultaten te verschijnen.';
const faq = (path: string, extra: string, body = 'Antwoord.') => ({
  path,
  text: `---\ntitle: Een vraag\ndescription: ${DESCRIPTION}\ncategory: Bezorging\n${extra}\n---\n\n${body}\n`,
});
const broadcast = (path: string, extra: string) => ({
  path,
  text: `---\ntitle: Reactie\ndescription: ${DESCRIPTION}\nstatus: review\nprogramme: Radar\nairsAt: 2026-12-01T20:30:00+01:00\npublishAt: 2026-12-01T18:30:00+01:00\ncontact:\n  name: Team\n  route: Bel 0800-0000000\n${extra}\n---\n\nTekst.\n`,
});
const raw = (path: string, text: string) => ({ path, text });

/** Every check the content check has, each at least once, in every wording it has. */
const FILES = [
  raw('content/faq/nl/zonder.mdx', 'Geen frontmatter.\n'),
  raw('content/faq/nl/quote.mdx', '---\ntitle: "Een vraag\nstatus: draft\n---\n\nTekst.\n'),
  raw('content/faq/nl/dubbele-punt.mdx', `---\ntitle: Let op: dit gaat mis\ndescription: ${DESCRIPTION}\n---\n\nTekst.\n`),
  raw('content/faq/nl/yaml.mdx', '---\ntitle: [Een vraag\n---\n\nTekst.\n'),
  raw('content/faq/nl/lijst.mdx', '---\n- een\n- twee\n---\n\nTekst.\n'),
  raw('content/elders/los.mdx', '---\ntitle: Los\n---\n\nTekst.\n'),
  raw(
    'content/faq/nl/schema.mdx',
    `---\ndescription: ""\nstatus: klaar\npublishAt: morgen\nquestions: één\ncategory: ""\nshortId: "0000"\npreviousSlugs: ["Oude Slug"]\n---\n\nTekst.\n`,
  ),
  raw('content/faq/nl/object.mdx', `---\ntitle:\n  Let op: dit\ndescription: ${DESCRIPTION}\ncategory: Bezorging\nstatus: draft\n---\n\nTekst.\n`),
  faq('content/faq/nl/taal.mdx', 'lang: en\nstatus: draft'),
  raw(
    'content/faq/nl/lang.mdx',
    '---\ntitle: Waarom is mijn termijnbedrag zo veel hoger dan vorig jaar, hoe kan dat?\ndescription: Te kort.\ncategory: Bezorging\nstatus: draft\n---\n\nTekst.\n',
  ),
  faq('content/faq/nl/antwoord.mdx', `status: review\nshortId: abcde\nreply: "${'a'.repeat(270)}"`),
  faq('content/faq/nl/te-lang.mdx', `status: review\nshortId: abcdf\nreply: "${'a'.repeat(290)}"`),
  broadcast('content/broadcasts/uitzending.mdx', `shortId: abcdg\nreplies:\n  - "${'b'.repeat(290)}"`),
  faq('content/faq/nl/gerelateerd.mdx', 'status: review\nshortId: abcdh\nrelated: [bestaat-niet]\nhero: /img/ontbreekt.png', '![plaatje](/img/ontbreekt.png)'),
  faq('content/faq/nl/oud.mdx', 'status: published\nshortId: abcdj\nupdatedAt: 2025-01-01T10:00:00+01:00'),
  faq('content/faq/nl/concept.mdx', 'status: draft\nshortId: abcdk', 'TODO: schrijf dit.\n\nTODO: en dit.'),
  faq('content/faq/nl/gepubliceerd.mdx', 'status: published\nshortId: abcdm', 'TODO: schrijf dit.'),
  faq(
    'content/faq/nl/links.mdx',
    'status: review\nshortId: abcdn',
    '[a](/k/zzzz) [b](/faq/bestaat-niet/) [c](/en/faq/does-not-exist/) [d](/uitzendingen/geen/) Mail jan.jansen@gmail.com.',
  ),
  faq('content/faq/nl/dubbel.mdx', 'status: review\nshortId: abcdp'),
  faq('content/faq/nl/dubbel.md', 'status: review\nshortId: abcdp\npreviousSlugs: [links]'),
];

function allProblems(): Problem[] {
  return checkContent(FILES, options);
}

describe('the check in Dutch, for the editor', () => {
  it('has a Dutch message for every finding of every check', () => {
    const problems = allProblems();
    const codes = new Set(problems.map((problem) => problem.code));
    for (const code of [
      'frontmatter',
      'collection',
      'schema',
      'lang-folder',
      'title-length',
      'description-length',
      'reply-length',
      'broken-related',
      'missing-image',
      'stale',
      'todo',
      'broken-link',
      'personal-data',
      'duplicate-slug',
      'duplicate-shortid',
    ]) {
      expect(codes, code).toContain(code);
    }
    const untranslated = problems.filter((problem) => problemMessageDutch(problem) === problem.message).map((problem) => `${problem.code}: ${problem.message}`);
    expect(untranslated).toEqual([]);
  });

  it('says what the editor sees in the live check in Dutch', () => {
    const problems = allProblems();
    const of = (file: string, code: string) => problems.filter((problem) => problem.file === file && problem.code === code).map(problemMessageDutch);
    expect(of('content/faq/nl/concept.mdx', 'todo')).toEqual([
      "het concept heeft nog 2 TODO's (de eerste op deze regel); werk ze af voordat je de status op In review zet",
    ]);
    expect(of('content/faq/nl/gepubliceerd.mdx', 'todo')).toEqual([
      'nog een TODO in dit FAQ-artikel, met status Gepubliceerd: maak deze tekst af, of zet de status terug op Concept',
    ]);
    expect(of('content/faq/nl/lang.mdx', 'title-length')).toEqual(['de titel is 71 tekens; houd hem op hoogstens 60, zodat zoekmachines hem helemaal tonen']);
    expect(of('content/faq/nl/lang.mdx', 'description-length')).toEqual([
      'de beschrijving is 8 tekens; schrijf er tussen 50 en 160 (het is het stukje onder de titel in zoekresultaten)',
    ]);
    expect(of('content/faq/nl/links.mdx', 'broken-link')).toEqual(
      expect.arrayContaining([
        'link /k/zzzz leidt nergens heen: geen FAQ-artikel of uitzending heeft shortId "zzzz"',
        'link /faq/bestaat-niet/ leidt nergens heen: er is geen Nederlands FAQ-artikel "bestaat-niet"',
        'link /en/faq/does-not-exist/ leidt nergens heen: er is geen Engels FAQ-artikel "does-not-exist"',
      ]),
    );
    expect(of('content/faq/nl/links.mdx', 'personal-data')[0]).toMatch(
      /^dit lijkt op persoonsgegevens \(e-mail\); content mag nooit gegevens van klanten bevatten/,
    );
    expect(of('content/faq/nl/schema.mdx', 'schema')).toEqual(
      expect.arrayContaining([
        'Titel (title): ontbreekt',
        'Beschrijving (description): is leeg',
        'Status (status): moet een van draft, review, published zijn (niet "klaar")',
        'Publiceren vanaf (publishAt): "morgen" is geen datum; schrijf hem als 2026-12-01T20:30:00+01:00',
        'Voorbeeldvragen van klanten (questions): moet een lijst (één "- item" per regel) zijn',
      ]),
    );
  });

  it('formats a finding like the check, with Dutch words for how serious it is', () => {
    const problem: Problem = {
      file: 'content/faq/nl/a.mdx',
      line: 2,
      severity: 'warning',
      code: 'title-length',
      message: 'title is 71 characters; keep it at most 60 so search engines show it in full',
    };
    expect(formatProblemDutch(problem)).toBe(
      'content/faq/nl/a.mdx:2: waarschuwing: de titel is 71 tekens; houd hem op hoogstens 60, zodat zoekmachines hem helemaal tonen',
    );
    expect(formatProblemDutch({ ...problem, severity: 'error', column: 4 })).toMatch(/^content\/faq\/nl\/a\.mdx:2:4: fout: de titel/);
  });

  it('keeps a message it does not know as it is, so no finding is ever hidden', () => {
    expect(problemMessageDutch({ code: 'new-check', message: 'something new' })).toBe('something new');
    expect(problemMessageDutch({ code: 'todo', message: 'a TODO in another wording' })).toBe('a TODO in another wording');
  });
});
