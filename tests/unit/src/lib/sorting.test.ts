import { describe, expect, it } from 'vitest';
import { byMostAsked, byNewest, groupByCategory } from '#site/lib/sorting.ts';

const faq = (title: string, category: string, count?: number) => ({
  data: { title, category, source: count === undefined ? undefined : { questionCount: count } },
});

describe('byMostAsked', () => {
  it('puts the most asked first and articles without statistics last', () => {
    const sorted = byMostAsked([faq('A', 'x'), faq('B', 'x', 5), faq('C', 'x', 50)]);
    expect(sorted.map((e) => e.data.title)).toEqual(['C', 'B', 'A']);
  });
  it('orders equal counts by title', () => {
    expect(byMostAsked([faq('Zeker', 'x', 3), faq('Afspraak', 'x', 3)]).map((e) => e.data.title)).toEqual(['Afspraak', 'Zeker']);
  });
  it('does not change its input', () => {
    const input = [faq('A', 'x', 1), faq('B', 'x', 2)];
    byMostAsked(input);
    expect(input[0]!.data.title).toBe('A');
  });
});

describe('groupByCategory', () => {
  const groups = groupByCategory([
    faq('Storing melden', 'Storingen', 900),
    faq('Termijn', 'Betalen', 400),
    faq('Factuur', 'Betalen', 600),
    faq('Verhuizen', 'Mijn gegevens', 150),
  ]);
  it('orders categories by how often their questions are asked', () => {
    expect(groups.map((g) => [g.name, g.questionCount])).toEqual([
      ['Betalen', 1000],
      ['Storingen', 900],
      ['Mijn gegevens', 150],
    ]);
  });
  it('orders articles within a category by most asked and gives each category a slug', () => {
    expect(groups[0]!.entries.map((e) => e.data.title)).toEqual(['Factuur', 'Termijn']);
    expect(groups[2]!.slug).toBe('mijn-gegevens');
  });
});

describe('byNewest', () => {
  const post = (title: string, publishAt?: string, updatedAt?: string) => ({
    data: {
      title,
      publishAt: publishAt ? new Date(publishAt) : undefined,
      updatedAt: updatedAt ? new Date(updatedAt) : undefined,
    },
  });
  it('sorts by publish date, falls back to the update date, and puts undated posts last', () => {
    const sorted = byNewest([post('Oud', '2025-01-01'), post('Zonder'), post('Nieuw', '2026-02-01'), post('Bijgewerkt', undefined, '2025-06-01')]);
    expect(sorted.map((p) => p.data.title)).toEqual(['Nieuw', 'Bijgewerkt', 'Oud', 'Zonder']);
  });
});
