// Site search: build the index at build time, search it in the browser (lazy-loaded with fuse.js).
export { buildSearchIndex } from './build.ts';
export { createSearcher } from './searcher.ts';
export type { BuildOptions, IndexedDoc, SearchDoc, SearchHit, SearchIndex, Searcher, SearcherOptions, SearchLang, Synonyms } from './types.ts';
