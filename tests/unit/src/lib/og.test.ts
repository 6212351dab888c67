import { describe, expect, it } from 'vitest';
import { articleCard, clampTitle, ogCacheKeySource, ogCardTree, titleSize } from '#site/lib/og.ts';

const card = { title: 'Hoe geef ik mijn verhuizing door – ook naar België?', kicker: 'Mijn gegevens', siteName: 'Voorbeeld BV' };

describe('ogCardTree', () => {
  it('shows kicker, title and site name in that order, text unchanged', () => {
    const children = ogCardTree(card).props.children as { props: { children: string } }[];
    expect(children.map((c) => c.props.children)).toEqual([card.kicker, card.title, card.siteName]);
  });
});

describe('titleSize', () => {
  it('shrinks long titles', () => {
    expect(titleSize('Kort')).toBeGreaterThan(titleSize('x'.repeat(100)));
  });
});

describe('clampTitle', () => {
  it('keeps short titles', () => expect(clampTitle(card.title)).toBe(card.title));
  it('cuts long titles at a word with an ellipsis', () => {
    const clamped = clampTitle('woord '.repeat(40), 20);
    expect(clamped).toBe('woord woord woord…');
  });
});

describe('ogCacheKeySource', () => {
  it('changes when the text changes and not otherwise', () => {
    expect(ogCacheKeySource(card)).toBe(ogCacheKeySource({ ...card }));
    expect(ogCacheKeySource(card)).not.toBe(ogCacheKeySource({ ...card, title: 'Andere vraag' }));
  });
});

describe('articleCard', () => {
  it('gives the most asked articles their own card and the long tail their category card', () => {
    expect(articleCard(0, 2, 'storing', 'storingen')).toEqual({ kind: 'faq', slug: 'storing' });
    expect(articleCard(1, 2, 'termijn', 'betalen')).toEqual({ kind: 'faq', slug: 'termijn' });
    expect(articleCard(2, 2, 'verhuizen', 'mijn-gegevens')).toEqual({ kind: 'category', slug: 'mijn-gegevens' });
  });
});
