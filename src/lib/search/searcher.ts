// Browser side: BM25F ranking over the decoded index, with fuse.js correcting unknown query words.
import { createCorrector } from './fuzzy.ts';
import { titleMatches } from './highlight.ts';
import { detectLang } from './text.ts';
import { decodePostings, type Postings } from './postings.ts';
import { analyseQuery, type QueryVocabulary, type TermGroup } from './query.ts';
import { expandUrl } from './url.ts';
import type { IndexedDoc, SearchHit, SearchIndex, Searcher, SearcherOptions, SearchLang } from './types.ts';

// Well above the textbook 1.2: articles carry up to 20 example questions, and a word repeated
// across them is strong evidence (tuned on a held-out part of the train data, not the test set).
const K1 = 5;
const DEFAULT_LIMIT = 10;
const OTHER_LANGUAGE_FACTOR = 0.6;

/**
 * Loads the index (in the browser: after `fetch('/search-index.json')`). `lang` is the page's
 * language: in an index with both languages, it decides which articles go first when the
 * question itself does not show its language.
 */
export function createSearcher(index: SearchIndex, options: SearcherOptions = {}): Searcher {
  if (index?.version !== 1) {
    throw new Error(`search index: unsupported version ${String(index?.version)} (expected 1); rebuild the site`);
  }
  const termIds = new Map(index.terms.map((term, id) => [term, id]));
  const postings = decodePostings(index, termIds);
  const vocabulary = queryVocabulary(index, termIds);
  // Reused by every query (and left zeroed), so typing does not churn the garbage collector.
  const buffers: ScoreBuffers = { scores: new Float64Array(index.docs.length), groupBest: new Float64Array(index.docs.length) };
  return {
    search(query, limit = DEFAULT_LIMIT) {
      const groups = analyseQuery(query, vocabulary);
      if (groups.length === 0 || limit <= 0) return [];
      const ranked = preferLanguage(rank(groups, termIds, postings, buffers), query, index, options.lang ?? 'nl').slice(0, limit);
      const matched = new Set(groups.flatMap((group) => [...group.keys()].flatMap((key) => key.split(' '))));
      return ranked.map(({ doc, score }) => toHit(index, doc, score, matched));
    },
  };
}

// --- internal ---

type Ranked = { doc: number; score: number };
type ScoreBuffers = { scores: Float64Array; groupBest: Float64Array };

function rank(groups: TermGroup[], termIds: Map<string, number>, postings: Postings, buffers: ScoreBuffers): Ranked[] {
  const { scores, groupBest } = buffers;
  const touched: number[] = [];
  for (const group of groups) {
    const inGroup: number[] = [];
    for (const [key, weight] of group) {
      const ids = key.split(' ').map((term) => termIds.get(term));
      if (ids.some((id) => id === undefined)) continue;
      forEachMatch(ids as number[], postings, (doc, score) => {
        if (groupBest[doc] === 0) inGroup.push(doc);
        if (weight * score > (groupBest[doc] as number)) groupBest[doc] = weight * score;
      });
    }
    for (const doc of inGroup) {
      if (scores[doc] === 0) touched.push(doc);
      scores[doc] = (scores[doc] as number) + (groupBest[doc] as number);
      groupBest[doc] = 0;
    }
  }
  const ranked = touched.map((doc) => ({ doc, score: scores[doc] as number }));
  for (const doc of touched) scores[doc] = 0;
  return ranked.sort((a, b) => b.score - a.score || a.doc - b.doc);
}

/** Calls back with every document that has all `ids`, and the mean BM25 score of those terms in it. */
function forEachMatch(ids: number[], postings: Postings, onMatch: (doc: number, score: number) => void): void {
  const [first, ...rest] = [...ids].sort((a, b) => (postings.docs[a]?.length ?? 0) - (postings.docs[b]?.length ?? 0));
  if (first === undefined) return;
  const docs = postings.docs[first] as Uint32Array;
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i] as number;
    let total = termScore(postings, first, i);
    let complete = true;
    for (const id of rest) {
      const at = binarySearch(postings.docs[id] as Uint32Array, doc);
      if (at < 0) {
        complete = false;
        break;
      }
      total += termScore(postings, id, at);
    }
    if (complete) onMatch(doc, total / ids.length);
  }
}

function termScore(postings: Postings, id: number, at: number): number {
  const frequency = (postings.frequencies[id] as Float32Array)[at] as number;
  return ((postings.idf[id] as number) * frequency * (K1 + 1)) / (K1 + frequency);
}

function binarySearch(sorted: Uint32Array, value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const found = sorted[middle] as number;
    if (found === value) return middle;
    if (found < value) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** In an index with several languages, articles in the language the question is written in go first. */
function preferLanguage(ranked: Ranked[], query: string, index: SearchIndex, pageLang: SearchLang): Ranked[] {
  if (index.langs.length < 2) return ranked;
  const detected = detectLang(query);
  const preferred = index.langs.indexOf(detected === 'other' ? pageLang : detected);
  if (preferred < 0) return ranked;
  return ranked
    .map(({ doc, score }) => ({ doc, score: index.docs[doc]?.[5] === preferred ? score : score * OTHER_LANGUAGE_FACTOR }))
    .sort((a, b) => b.score - a.score || a.doc - b.doc);
}

function toHit(index: SearchIndex, doc: number, score: number, matched: ReadonlySet<string>): SearchHit {
  const [id, url, title, description, category, lang] = index.docs[doc] as IndexedDoc;
  return { id, url: expandUrl(url, title), title, description, category, score, titleMatches: titleMatches(title, index.langs[lang] ?? 'nl', matched) };
}

function queryVocabulary(index: SearchIndex, termIds: Map<string, number>): QueryVocabulary {
  const synonyms = new Map<string, string[]>();
  for (const group of index.synonyms) {
    for (const phrase of group)
      synonyms.set(
        phrase,
        group.filter((other) => other !== phrase),
      );
  }
  const synonymTerms = new Set([...synonyms.keys()].flatMap((phrase) => phrase.split(' ')));
  const alphabetical = [...index.terms].sort();
  const langs: SearchLang[] = index.langs.length > 0 ? index.langs : ['nl'];
  return {
    langs,
    has: (term) => termIds.has(term),
    completions: (prefix) => completionsOf(prefix, alphabetical, termIds),
    correct: createCorrector([...new Set([...index.terms, ...synonymTerms])]),
    synonyms,
    synonymTerms,
  };
}

const MAX_COMPLETION_SCAN = 50;

function completionsOf(prefix: string, alphabetical: readonly string[], termIds: Map<string, number>): string[] {
  let low = 0;
  let high = alphabetical.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((alphabetical[middle] as string) < prefix) low = middle + 1;
    else high = middle;
  }
  const found: string[] = [];
  for (let i = low; i < alphabetical.length && found.length < MAX_COMPLETION_SCAN; i++) {
    const term = alphabetical[i] as string;
    if (!term.startsWith(prefix)) break;
    if (term !== prefix) found.push(term);
  }
  // Most common first: term ids are ordered by document frequency.
  return found.sort((a, b) => (termIds.get(a) ?? 0) - (termIds.get(b) ?? 0));
}
