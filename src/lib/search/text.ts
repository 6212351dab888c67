// Queries are normalised exactly like the miner normalises questions: search uses the shared
// browser-safe text module of the core instead of keeping a second copy.
export { detectLang, normalize, tokens } from '#core/text/index.ts';
export { slugOf } from '#core/slug.ts';
