// Near-duplicate collapse: copy-paste, retweets and templated complaints become one item that
// keeps its count. Two texts are the same item when their normalised text matches, or when they
// have the same set of content words once long numbers (order ids, amounts) are set aside.
import { isNoiseWord, type Lang, normalize, tokensOfNormalized } from '#core/text/index.ts';

export type UniqueItem = {
  /** Index of the first text with this content: the item's display text. */
  first: number;
  /** That text without its boilerplate sentences: what was clustered. */
  core: string;
  /** The first text, normalised. */
  normalized: string;
  tokens: string[];
  /** Folded content words, unstemmed: input for character n-grams. */
  words: string[];
  members: number[];
};

const LONG_NUMBER = /^\d{4,}$/u;

/**
 * Items of texts given as distinct texts (`distinct`, with a language each) and which distinct text
 * every original text is (`textOf`). Members and `first` are indices of the original texts.
 */
export function collapseDuplicates(
  distinct: readonly string[],
  langs: readonly (Lang | undefined)[],
  textOf: Int32Array,
  normalizedOf: (text: string, index: number) => string = normalize,
): { items: UniqueItem[]; itemOf: Int32Array } {
  const items: UniqueItem[] = [];
  const itemOfDistinct = new Int32Array(distinct.length);
  const bySignature = new Map<string, number>();
  for (let d = 0; d < distinct.length; d++) {
    const normalized = normalizedOf(distinct[d]!, d);
    const itemTokens = tokensOfNormalized(normalized, langs[d]);
    const signature = [...new Set(itemTokens.filter((t) => !LONG_NUMBER.test(t)))].sort().join(' ') || `\u0000${normalized}`;
    let item = bySignature.get(signature);
    if (item === undefined) {
      item = items.length;
      const words = normalized.split(' ').filter((w) => w !== '' && !isNoiseWord(w));
      items.push({ first: -1, core: distinct[d]!, normalized, tokens: itemTokens, words, members: [] });
      bySignature.set(signature, item);
    }
    itemOfDistinct[d] = item;
  }
  const itemOf = new Int32Array(textOf.length);
  for (let i = 0; i < textOf.length; i++) {
    const item = itemOfDistinct[textOf[i]!]!;
    itemOf[i] = item;
    const entry = items[item]!;
    if (entry.first < 0) entry.first = i;
    entry.members.push(i);
  }
  return { items, itemOf };
}

/** The distinct texts in order of first appearance, and which one every text is. */
export function distinctTexts(texts: readonly string[]): { distinct: string[]; textOf: Int32Array; firstOf: Int32Array } {
  const index = new Map<string, number>();
  const distinct: string[] = [];
  const first: number[] = [];
  const textOf = new Int32Array(texts.length);
  texts.forEach((text, i) => {
    let d = index.get(text);
    if (d === undefined) {
      index.set(text, (d = distinct.length));
      distinct.push(text);
      first.push(i);
    }
    textOf[i] = d;
  });
  return { distinct, textOf, firstOf: Int32Array.from(first) };
}
