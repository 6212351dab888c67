// Cluster keywords: stems that are frequent in a cluster and rare elsewhere, shown in their most
// common written form. Clusters and their sub-topics read the same items, so every item's tokens
// and stems become small integers once, and each cluster's counting runs over typed arrays.
import { type Lang, stem } from '#core/text/index.ts';

export type KeywordItem = { tokens: readonly string[]; words: readonly string[] };
export type WeightedItem = { item: number; count: number };

type Prepared = {
  /** Distinct tokens that can be keywords (no bare numbers or single letters), as vocabulary ids. */
  tokens: Int32Array;
  /** Stem ids of the item's words, in order, per language (prepared on first use). */
  stems: Partial<Record<Lang, Int32Array>>;
};

/** Returns `keywordsOf(group, lang, limit)` over these items (all of the export's distinct questions). */
export function keywordExtractor(items: readonly KeywordItem[]): (group: readonly WeightedItem[], lang: Lang, limit: number) => string[] {
  const vocabulary: string[] = [];
  const ids = new Map<string, number>();
  const idOf = (term: string): number => {
    let id = ids.get(term);
    if (id === undefined) {
      ids.set(term, (id = vocabulary.length));
      vocabulary.push(term);
    }
    return id;
  };
  const prepared: Prepared[] = items.map((item) => ({
    tokens: Int32Array.from(new Set(item.tokens.filter((token) => token.length >= 2 && !/^\d+$/u.test(token))), idOf),
    stems: {},
  }));
  const documentFrequency = new Int32Array(vocabulary.length);
  for (const { tokens } of prepared) for (const id of tokens) documentFrequency[id]!++;
  const stemsOf = (item: number, lang: Lang): Int32Array =>
    (prepared[item]!.stems[lang] ??= Int32Array.from(items[item]!.words, (word) => idOf(stem(word.replace(/'/gu, ''), lang))));
  // Scratch per call, reset through the ids it touched; stems can add vocabulary, so it grows.
  let weight = new Float64Array(vocabulary.length);
  let isStem = new Uint8Array(vocabulary.length);
  const n = items.length;

  return (group, lang, limit) => {
    for (const { item } of group) stemsOf(item, lang);
    if (vocabulary.length > weight.length) {
      weight = new Float64Array(vocabulary.length * 2);
      isStem = new Uint8Array(vocabulary.length * 2);
    }
    let total = 0;
    const touched: number[] = [];
    for (const { item, count } of group) {
      total += count;
      for (const id of prepared[item]!.tokens) {
        if (weight[id] === 0) touched.push(id);
        weight[id]! += count;
      }
      for (const id of stemsOf(item, lang)) isStem[id] = 1;
    }
    const best = touched
      .filter((id) => isStem[id] === 1)
      .map((id) => ({ id, score: (weight[id]! / total) * Math.log((n + 1) / (documentFrequency[id]! + 1)) }))
      .sort((a, b) => b.score - a.score || (vocabulary[a.id]! < vocabulary[b.id]! ? -1 : 1))
      .slice(0, limit);
    for (const id of touched) weight[id] = 0;
    for (const { item } of group) for (const id of stemsOf(item, lang)) isStem[id] = 0;
    return best.map(({ id }) => mostCommonForm(group, id, items, (item) => stemsOf(item, lang)));
  };
}

/** The written word most often behind a stem in the group (ties alphabetically). */
function mostCommonForm(group: readonly WeightedItem[], stemId: number, items: readonly KeywordItem[], stemsOf: (item: number) => Int32Array): string {
  const forms = new Map<string, number>();
  for (const { item, count } of group) {
    const stems = stemsOf(item);
    for (let i = 0; i < stems.length; i++) {
      if (stems[i] === stemId) {
        const word = items[item]!.words[i]!;
        forms.set(word, (forms.get(word) ?? 0) + count);
      }
    }
  }
  return [...forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}
