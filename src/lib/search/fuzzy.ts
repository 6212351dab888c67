// Typo tolerance: maps a query term the index does not know onto the closest known terms. fuse.js
// does the approximate matching (Bitap); it runs over the vocabulary, never over whole articles,
// which keeps it fast at any number of articles.
import Fuse from 'fuse.js/basic';

export type Correction = { term: string; similarity: number };

/** Shortest term worth correcting: below this, one typo makes another real word. */
export const MIN_CORRECTABLE_LENGTH = 4;
const MAX_LENGTH_DIFFERENCE = 2;
const LENGTH_PENALTY = 0.08;
const FUSE_THRESHOLD = 0.4;
const MAX_CORRECTIONS = 2;

export type Corrector = (term: string) => Correction[];

export function createCorrector(vocabulary: readonly string[]): Corrector {
  // One fuse instance per query-term length, over the terms of similar length only, built on demand.
  const byLength = new Map<number, Fuse<string>>();
  const fuseFor = (length: number): Fuse<string> => {
    let fuse = byLength.get(length);
    if (!fuse) {
      const candidates = vocabulary.filter((term) => Math.abs(term.length - length) <= MAX_LENGTH_DIFFERENCE);
      fuse = new Fuse(candidates, {
        includeScore: true,
        threshold: FUSE_THRESHOLD,
        ignoreLocation: true,
        ignoreFieldNorm: true,
        isCaseSensitive: true,
      });
      byLength.set(length, fuse);
    }
    return fuse;
  };
  return (term) => {
    if (term.length < MIN_CORRECTABLE_LENGTH) return [];
    return fuseFor(term.length)
      .search(term, { limit: MAX_CORRECTIONS * 3 })
      .map((result) => ({
        term: result.item,
        similarity: 1 - (result.score ?? 1) - LENGTH_PENALTY * Math.abs(result.item.length - term.length),
      }))
      .filter((correction) => correction.similarity > 1 - FUSE_THRESHOLD)
      .sort((a, b) => b.similarity - a.similarity)
      .slice(0, MAX_CORRECTIONS);
  };
}
