// The search contract shared by the build (index endpoint) and the browser (search box).

export type SearchLang = 'nl' | 'en';

/** One public article as the index sees it. Callers pass only public items: never drafts or embargoed ones. */
export type SearchDoc = {
  id: string;
  url: string;
  title: string;
  description: string;
  /** Example phrasings customers used; weighted almost as high as the title. */
  questions: string[];
  tags: string[];
  category: string;
  lang: SearchLang;
};

/** Equivalent words or phrases, e.g. { "pinpas": ["bankpas", "betaalpas", "debit card"] }. */
export type Synonyms = Record<string, string[]>;

export type BuildOptions = { synonyms?: Synonyms };

/**
 * One article as displayed: [id, url, title, description, category, index into `langs`]. A URL
 * ending in the title's slug is stored with "*" in its place (see url.ts); hits carry the full URL.
 */
export type IndexedDoc = [id: string, url: string, title: string, description: string, category: string, lang: number];

/**
 * The serialised index, built to gzip well: rows keep each title next to its URL and description
 * (which repeat it), and the fields that are not displayed are stored as term ids only: sorted,
 * delta-encoded, base 36 ("3 0 a" = ids 3, 3, 13), so ids of common terms (first in `terms`, which is
 * ordered by document frequency) and small gaps cost a character or two. Title and description
 * terms are not stored at all: the searcher derives them from the display text.
 */
export type SearchIndex = {
  version: 1;
  langs: SearchLang[];
  terms: string[];
  docs: IndexedDoc[];
  /** Per document, the terms of its example questions. */
  questions: string[];
  /** Per document, the terms of its tags. */
  tags: string[];
  /** Groups of equivalent phrases, each phrase as its normalised terms joined by single spaces. */
  synonyms: string[][];
};

export type SearchHit = {
  id: string;
  url: string;
  title: string;
  description: string;
  category: string;
  score: number;
  /** Half-open [start, end) UTF-16 ranges in `title` to highlight: `title.slice(start, end)`. */
  titleMatches: [number, number][];
};

export type SearcherOptions = {
  /** The page's language; decides between languages when the question does not show its own. Default 'nl'. */
  lang?: SearchLang;
};

export interface Searcher {
  /** The best matches for a question typed in the customer's own words, best first. */
  search(query: string, limit?: number): SearchHit[];
}
