// Browser side: BM25F ranking over the decoded index, with fuse.js correcting unknown query words.
import { createCorrector } from './fuzzy.ts';
import { titleMatches } from './highlight.ts';
import { decodePostings, type Postings } from './postings.ts';
import { analyseQuery, type QueryVocabulary, type TermGroup } from './query.ts';
import type { SearchHit, SearchIndex, Searcher, SearchLang } from './types.ts';

const K1 = 1.2;
const DEFAULT_LIMIT = 10;

export function createSearcher(index: SearchIndex): Searcher {
  if (index?.version !== 1) {
    throw new Error(`search index: unsupported version ${String(index?.version)} (expected 1); rebuild the site`);
  }
  const postings = decodePostings(index);
  const termIds = new Map(index.terms.map((term, id) => [term, id]));
  const vocabulary = queryVocabulary(index, termIds);
  return {
    search(query, limit = DEFAULT_LIMIT) {
      const groups = analyseQuery(query, vocabulary);
      if (groups.length === 0 || limit <= 0) return [];
      const ranked = rank(groups, termIds, postings, index.docs.id.length).slice(0, limit);
      const matched = new Set(groups.flatMap((group) => [...group.keys()]));
      return ranked.map(({ doc, score }) => toHit(index, doc, score, matched));
    },
  };
}

// --- internal ---

type Ranked = { doc: number; score: number };

function rank(groups: TermGroup[], termIds: Map<string, number>, postings: Postings, docCount: number): Ranked[] {
  const scores = new Float64Array(docCount);
  const groupBest = new Float64Array(docCount);
  const touched: number[] = [];
  for (const group of groups) {
    const inGroup: number[] = [];
    for (const [term, weight] of group) {
      const id = termIds.get(term);
      if (id === undefined) continue;
      const docs = postings.docs[id] as Uint32Array;
      const frequencies = postings.frequencies[id] as Float32Array;
      const idf = postings.idf[id] as number;
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i] as number;
        const frequency = frequencies[i] as number;
        const score = (weight * idf * frequency * (K1 + 1)) / (K1 + frequency);
        if (groupBest[doc] === 0) inGroup.push(doc);
        if (score > (groupBest[doc] as number)) groupBest[doc] = score;
      }
    }
    for (const doc of inGroup) {
      if (scores[doc] === 0) touched.push(doc);
      scores[doc] = (scores[doc] as number) + (groupBest[doc] as number);
      groupBest[doc] = 0;
    }
  }
  return touched
    .map((doc) => ({ doc, score: scores[doc] as number }))
    .sort((a, b) => b.score - a.score || a.doc - b.doc);
}

function toHit(index: SearchIndex, doc: number, score: number, matched: ReadonlySet<string>): SearchHit {
  const title = index.docs.title[doc] ?? '';
  const lang = index.langs[index.docs.lang[doc] ?? 0] ?? 'nl';
  return {
    id: index.docs.id[doc] ?? '',
    url: index.docs.url[doc] ?? '',
    title,
    description: index.docs.description[doc] ?? '',
    category: index.docs.category[doc] ?? '',
    score,
    titleMatches: titleMatches(title, lang, matched),
  };
}

function queryVocabulary(index: SearchIndex, termIds: Map<string, number>): QueryVocabulary {
  const synonyms = new Map<string, string[]>();
  for (const group of index.synonyms) {
    for (const phrase of group) synonyms.set(phrase, group.filter((other) => other !== phrase));
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
