import { describe, expect, it } from 'vitest';
import { keywordExtractor } from '#lib/mine/keywords.ts';
import { normalize, tokens } from '#core/text/index.ts';

const item = (text: string) => ({
  tokens: tokens(text, 'nl'),
  words: normalize(text)
    .split(' ')
    .filter((w) => !['mijn', 'is', 'de', 'het', 'wanneer', 'waar', 'hoe', 'kan', 'ik', 'nog', 'niet'].includes(w)),
});

describe('keywordExtractor', () => {
  const items = [
    item('Waar is mijn pakket?'),
    item('Mijn pakketje is nog niet bezorgd'),
    item('Wanneer wordt mijn pakket bezorgd?'),
    item('Hoe kan ik mijn abonnement opzeggen?'),
    item('Abonnement opzeggen, hoe?'),
    item('Waar vind ik de factuur?'),
  ];
  const keywordsOf = keywordExtractor(items);

  it('ranks words frequent in the group and rare elsewhere first, in their most common written form', () => {
    const keywords = keywordsOf(
      [
        { item: 0, count: 5 },
        { item: 1, count: 1 },
        { item: 2, count: 2 },
      ],
      'nl',
      3,
    );
    expect(keywords[0]).toBe('pakket');
    expect(keywords).toContain('bezorgd');
    expect(keywords).not.toContain('factuur');
  });

  it('gives the same answer however often it is asked, for any group', () => {
    const group = [
      { item: 3, count: 1 },
      { item: 4, count: 3 },
    ];
    const first = keywordsOf(group, 'nl', 2);
    keywordsOf([{ item: 5, count: 1 }], 'en', 4);
    expect(keywordsOf(group, 'nl', 2)).toEqual(first);
    expect(first).toEqual(expect.arrayContaining(['abonnement', 'opzeggen']));
  });
});
