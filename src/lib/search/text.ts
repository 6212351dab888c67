// Agreed exception to the import rules: queries must be normalised exactly like the miner normalises
// questions, so search uses the miner's browser-safe text module instead of keeping a second copy.
export { detectLang, normalize, slugOf, tokens } from '../../../scripts/lib/text/index.ts';
