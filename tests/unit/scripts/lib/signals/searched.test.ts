import { describe, expect, it } from 'vitest';
import { countSearches, judgeSearches, searchedNotFound, termCoverage, type SiteSearch } from '#lib/signals/index.ts';

const key = (text: string): string => text.toLowerCase().trim();

describe('countSearches', () => {
  it('counts searches by normalised form, keeping the spelling most people used, most searched first', () => {
    const counted = countSearches(
      [
        { text: 'Opzeggen', author: 'a' },
        { text: 'opzeggen', author: 'b' },
        { text: 'opzeggen ', author: 'c' },
        { text: 'opzeggen', author: 'c' },
        { text: 'iban wijzigen', author: 'a' },
        { text: '   ', author: 'd' },
      ],
      key,
    );
    expect(counted).toEqual([
      { query: 'opzeggen', count: 4, people: 3 },
      { query: 'iban wijzigen', count: 1, people: 1 },
    ]);
  });
});

describe('judgeSearches', () => {
  const articles: Record<string, Set<string>> = {
    opzeggen: new Set(['contract', 'opzeggen', 'opzegtermijn']),
    termijn: new Set(['termijnbedrag', 'aanpassen', 'wijzigen']),
  };
  const site: SiteSearch = {
    search: (query) => {
      const words = query.split(' ');
      return Object.entries(articles)
        .filter(([, terms]) => words.some((word) => terms.has(word) || (word === 'opzegen' && terms.has('opzeggen'))))
        .map(([id]) => ({ id, title: id, url: `/faq/${id}/` }));
    },
    terms: (query) => query.split(' '),
    articleTerms: (id) => articles[id] ?? new Set(),
    documentFrequency: (term) => Object.values(articles).filter((terms) => terms.has(term)).length,
    documents: 20,
  };
  const judged = judgeSearches(
    [
      { query: 'contract opzeggen', count: 9, people: 7 },
      { query: 'opzegen', count: 2, people: 2 },
      { query: 'iban wijzigen', count: 5, people: 4 },
      { query: 'betalingsregeling', count: 6, people: 5 },
      { query: 'laadpaal', count: 1, people: 1 },
    ],
    site,
  );

  it('found: the best article holds the query terms, typos included', () => {
    expect(judged[0]).toMatchObject({ verdict: 'found', best: { id: 'opzeggen', coverage: 1 } });
    expect(judged[1]).toMatchObject({ verdict: 'found', best: { id: 'opzeggen' } });
  });

  it('weak: an article shares a word but holds less than half of what was asked', () => {
    // "wijzigen" is in an article, "iban" in none: the rare word is what was asked.
    expect(judged[2]).toMatchObject({ verdict: 'weak', best: { id: 'termijn' } });
    expect(judged[2]!.best!.coverage).toBeLessThan(0.5);
  });

  it('none: no article at all', () => {
    expect(judged[3]).toMatchObject({ verdict: 'none', best: null });
  });

  it('found: an answer among the first three results counts, even when it is not the first', () => {
    const second: SiteSearch = {
      ...site,
      search: () => [
        { id: 'termijn', title: 'termijn', url: '' },
        { id: 'opzeggen', title: 'opzeggen', url: '' },
      ],
    };
    expect(judgeSearches([{ query: 'contract opzeggen', count: 1, people: 1 }], second)[0]).toMatchObject({ verdict: 'found', best: { id: 'opzeggen' } });
  });

  it('searchedNotFound keeps weak and none searched by at least two people', () => {
    expect(searchedNotFound(judged).map((j) => j.query)).toEqual(['iban wijzigen', 'betalingsregeling']);
  });
});

describe('termCoverage', () => {
  it('weighs terms when asked to', () => {
    expect(termCoverage(['iban', 'wijzigen'], new Set(['wijzigen']), (term) => (term === 'iban' ? 3 : 1))).toBe(0.25);
  });

  it.each([
    [['iban', 'wijzigen'], ['wijzigen'], 0.5],
    [['betalingsregling'], ['betalingsregeling'], 1],
    [['modem'], ['modems'], 1],
    [['tv'], ['tvs'], 0],
    [[], ['x'], 0],
  ])('%j in %j → %f', (query, article, expected) => {
    expect(termCoverage(query, new Set(article))).toBe(expected);
  });
});
