// Which words of a title to highlight: those whose normalised terms the query matched.
import { tokens } from './text.ts';
import type { SearchLang } from './types.ts';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** Half-open [start, end) ranges of the title's words that produce one of `matched`. */
export function titleMatches(title: string, lang: SearchLang, matched: ReadonlySet<string>): [number, number][] {
  const ranges: [number, number][] = [];
  for (const word of title.matchAll(WORD)) {
    if (tokens(word[0], lang).some((term) => matched.has(term))) {
      ranges.push([word.index, word.index + word[0].length]);
    }
  }
  return ranges;
}
