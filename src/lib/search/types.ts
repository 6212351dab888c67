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
 * The serialised index: column-oriented so gzip finds the repetition. Field contents are stored as
 * term ids (base 36, space separated, repeated per occurrence) into `terms`, which is ordered by
 * document frequency so the common terms get the shortest ids.
 */
export type SearchIndex = {
  version: 1;
  langs: SearchLang[];
  terms: string[];
  docs: {
    id: string[];
    url: string[];
    title: string[];
    description: string[];
    category: string[];
    /** Index into `langs` per document. */
    lang: number[];
  };
  /** Per field (see FIELD_NAMES), one string of term ids per document. */
  fields: string[][];
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

export interface Searcher {
  /** The best matches for a question typed in the customer's own words, best first. */
  search(query: string, limit?: number): SearchHit[];
}
