// Near-duplicate collapse: copy-paste, retweets and templated complaints become one item that
// keeps its count. Two texts are the same item when their normalised text matches, or when they
// have the same set of content words once long numbers (order ids, amounts) are set aside.
import { normalize, tokensOfNormalized, DUTCH_STOP_WORDS, ENGLISH_STOP_WORDS, type Lang } from '../text/index.ts';

export type UniqueItem = {
  /** Index of the first text with this content: the item's display text. */
  first: number;
  /** The first text, normalised. */
  normalized: string;
  tokens: string[];
  /** Folded content words, unstemmed: input for character n-grams. */
  words: string[];
  members: number[];
};

const LONG_NUMBER = /^\d{4,}$/u;

export function collapseDuplicates(texts: readonly string[], langs: readonly (Lang | undefined)[]): { items: UniqueItem[]; itemOf: Int32Array } {
  const itemOf = new Int32Array(texts.length).fill(-1);
  const items: UniqueItem[] = [];
  const byRaw = new Map<string, number>();
  const bySignature = new Map<string, number>();
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i]!;
    const known = byRaw.get(text);
    if (known !== undefined) {
      itemOf[i] = known;
      items[known]!.members.push(i);
      continue;
    }
    const normalized = normalize(text);
    const itemTokens = tokensOfNormalized(normalized, langs[i]);
    const signature = [...new Set(itemTokens.filter((t) => !LONG_NUMBER.test(t)))].sort().join(' ') || `\u0000${normalized}`;
    let item = bySignature.get(signature);
    if (item === undefined) {
      item = items.length;
      const words = normalized.split(' ').filter((w) => w !== '' && !DUTCH_STOP_WORDS.has(w) && !ENGLISH_STOP_WORDS.has(w));
      items.push({ first: i, normalized, tokens: itemTokens, words, members: [] });
      bySignature.set(signature, item);
    }
    byRaw.set(text, item);
    itemOf[i] = item;
    items[item]!.members.push(i);
  }
  return { items, itemOf };
}
