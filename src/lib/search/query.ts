// A customer's question → groups of index terms. Each query word becomes one group of
// alternatives (its stem per language, compound parts, typo corrections, completions of a
// half-typed last word, synonyms); a document scores the best alternative of each group, so a word
// never counts twice.
import { MIN_CORRECTABLE_LENGTH, type Corrector } from './fuzzy.ts';
import { normalize, tokens } from './text.ts';
import type { SearchLang } from './types.ts';

/**
 * Term → weight (1 for the word itself, less for guesses). A key with spaces is a synonym phrase:
 * it matches only documents that contain all of its terms.
 */
export type TermGroup = Map<string, number>;

export type QueryVocabulary = {
  langs: readonly SearchLang[];
  /** Terms that occur in some article. */
  has(term: string): boolean;
  /** Terms in the index that start with `prefix`, most common first. */
  completions(prefix: string): string[];
  correct: Corrector;
  /** Synonym phrases (normalised terms joined by spaces) → the other phrases of their group. */
  synonyms: ReadonlyMap<string, readonly string[]>;
  /** Every term of those phrases: known words even when no article uses them. */
  synonymTerms: ReadonlySet<string>;
};

const CORRECTION_WEIGHT = 0.9;
const COMPLETION_WEIGHT = 0.8;
const SYNONYM_WEIGHT = 0.9;
const COMPOUND_PART_WEIGHT = 0.7;
const MIN_COMPLETION_LENGTH = 2;
const MAX_COMPLETIONS = 3;

export function analyseQuery(query: string, vocabulary: QueryVocabulary): TermGroup[] {
  const words = normalize(query).split(' ').filter(Boolean);
  const stillTyping = /[\p{L}\p{N}]$/u.test(query);
  const groups: TermGroup[] = [];
  // The best reading of the query per language, for finding (multi-word) synonym phrases.
  const readings = vocabulary.langs.map(() => [] as Reading[]);
  words.forEach((word, position) => {
    const stemsPerLang = vocabulary.langs.map((lang) => tokens(word, lang));
    if (stemsPerLang.every((stems) => stems.length === 0)) return; // a stop word
    const group = groupForWord(word, stemsPerLang, position === words.length - 1 && stillTyping, vocabulary);
    stemsPerLang.forEach((stems, lang) => {
      readings[lang]?.push(...stems.map((stem) => ({ term: bestReading(stem, group, vocabulary), group })));
    });
    groups.push(group);
  });
  for (const reading of readings) addSynonyms(reading, vocabulary);
  return groups.filter((group) => group.size > 0);
}

// --- internal ---

/**
 * One word's alternatives: its stem in each language (weight 1) and, for a Dutch compound, its
 * parts (lower weight), or else completions and typo corrections of the unknown word.
 */
function groupForWord(word: string, stemsPerLang: string[][], isLastWord: boolean, vocabulary: QueryVocabulary): TermGroup {
  const group: TermGroup = new Map();
  const isKnown = (term: string): boolean => vocabulary.has(term) || vocabulary.synonymTerms.has(term);
  const add = (term: string, weight: number): void => {
    if ((group.get(term) ?? 0) < weight) group.set(term, weight);
  };
  for (const stems of stemsPerLang) {
    stems.forEach((stem, slot) => {
      if (isKnown(stem)) add(stem, slot === 0 ? 1 : COMPOUND_PART_WEIGHT);
    });
  }
  const wholeWords = [...new Set(stemsPerLang.map((stems) => stems[0]).filter((stem) => stem !== undefined))];
  if (wholeWords.some(isKnown)) return group;
  if (isLastWord && word.length >= MIN_COMPLETION_LENGTH) {
    const completions = new Set([word, ...wholeWords].flatMap((prefix) => vocabulary.completions(prefix)));
    for (const term of [...completions].slice(0, MAX_COMPLETIONS)) add(term, COMPLETION_WEIGHT);
  }
  if (group.size > 0) return group;
  for (const stem of wholeWords) {
    if (stem.length < MIN_CORRECTABLE_LENGTH) continue;
    for (const { term, similarity } of vocabulary.correct(stem)) add(term, CORRECTION_WEIGHT * similarity);
  }
  return group;
}

/** The stem itself when known, else its most likely correction. */
function bestReading(stem: string, group: TermGroup, vocabulary: QueryVocabulary): string {
  if (vocabulary.has(stem) || vocabulary.synonymTerms.has(stem)) return stem;
  let best = stem;
  let bestWeight = -1;
  for (const [term, weight] of group) {
    if (weight > bestWeight) [best, bestWeight] = [term, weight];
  }
  return best;
}

type Reading = { term: string; group: TermGroup };

/** How sure we are of a reading: 1 for a known word, less for a correction or completion. */
const readingWeight = (reading: Reading): number => reading.group.get(reading.term) ?? 1;

/**
 * Where a synonym phrase occurs in the query, its group's other phrases become alternatives of the
 * phrase's first word: a document matching both the word and its synonym still counts it once.
 */
function addSynonyms(reading: Reading[], vocabulary: QueryVocabulary): void {
  for (const [phrase, others] of vocabulary.synonyms) {
    const terms = phrase.split(' ');
    for (let start = 0; start + terms.length <= reading.length; start++) {
      if (!terms.every((term, offset) => reading[start + offset]?.term === term)) continue;
      const matched = reading.slice(start, start + terms.length);
      const weight = SYNONYM_WEIGHT * Math.min(...matched.map(readingWeight));
      const group = (reading[start] as Reading).group;
      for (const other of others) {
        const reachable = other.split(' ').every((term) => vocabulary.has(term));
        if (reachable && (group.get(other) ?? 0) < weight) group.set(other, weight);
      }
    }
  }
}
