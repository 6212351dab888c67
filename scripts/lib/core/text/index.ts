// Text normalisation shared by the miner and the site's client-side search, so a query is folded,
// tokenised and stemmed exactly like the questions were. Pure and browser-safe: no node:*, no
// dependencies.
import { splitCompound } from './compounds.ts';
import { normalize } from './normalize.ts';
import { stemDutch } from './stem-nl.ts';
import { stemEnglish } from './stem-en.ts';
import { DUTCH_STOP_WORDS, ENGLISH_STOP_WORDS, MEANINGFUL_ENGLISH_STOP_WORDS } from './stopwords.ts';

export { normalize, foldCase } from './normalize.ts';
export { stemDutch } from './stem-nl.ts';
export { stemEnglish } from './stem-en.ts';
export { splitCompound } from './compounds.ts';
export { DUTCH_STOP_WORDS, ENGLISH_STOP_WORDS } from './stopwords.ts';

export type Lang = 'nl' | 'en';

// Words that are frequent in one language and rare in the other.
const DUTCH_MARKERS = new Set([
  ...DUTCH_STOP_WORDS,
  'mijn',
  'jullie',
  'waarom',
  'wanneer',
  'hoe',
  'kan',
  'kunnen',
  'nog',
  'steeds',
  'niet',
  'geen',
  'wel',
  'bij',
  'ik',
  'het',
  'een',
  'de',
  'bestelling',
  'pakket',
  'graag',
  'weten',
  'bedankt',
  'dank',
]);
const ENGLISH_MARKERS = new Set([...ENGLISH_STOP_WORDS, 'why', 'how', 'when', 'where', 'not', 'no', 'still', 'order', 'thank', 'get', 'want', 'need']);
const AMBIGUOUS = new Set(['is', 'in', 'of', 'me', 'we', 'hi', 'hey', 'hello', 'van', 'a', 'are', 'was', 'die', 'had', 'over', 'ben', 'want', 'kan']);

/** 'nl' or 'en' from stop-word evidence; 'other' when neither language shows. Ties go to Dutch. */
export function detectLang(text: string): Lang | 'other' {
  let nl = 0;
  let en = 0;
  for (const word of normalize(text).split(' ')) {
    if (AMBIGUOUS.has(word)) continue;
    if (DUTCH_MARKERS.has(word)) nl++;
    if (ENGLISH_MARKERS.has(word)) en++;
  }
  if (nl === 0 && en === 0) return 'other';
  return en > nl ? 'en' : 'nl';
}

const stemCache: Record<Lang, Map<string, string>> = { nl: new Map(), en: new Map() };
const STEM_CACHE_LIMIT = 200_000;

/** The Snowball stem of one folded word, cached. */
export function stem(word: string, lang: Lang): string {
  const cache = stemCache[lang];
  let result = cache.get(word);
  if (result === undefined) {
    result = lang === 'nl' ? stemDutch(word) : stemEnglish(word);
    if (cache.size >= STEM_CACHE_LIMIT) cache.clear();
    cache.set(word, result);
  }
  return result;
}

/**
 * Stemmed content words of a text: normalised, stop words of both languages removed (exports mix
 * them), stemmed in `lang` (detected when absent), Dutch compounds followed by their parts.
 */
export function tokens(text: string, lang?: Lang): string[] {
  return tokensOfNormalized(normalize(text), lang);
}

/** A folded word that says nothing about what a question asks: left out when questions are matched. */
export function isNoiseWord(word: string): boolean {
  return DUTCH_STOP_WORDS.has(word) || (ENGLISH_STOP_WORDS.has(word) && !MEANINGFUL_ENGLISH_STOP_WORDS.has(word));
}

/** `tokens` for text that already went through `normalize` (saves a second pass). */
export function tokensOfNormalized(normalized: string, lang?: Lang): string[] {
  if (normalized === '') return [];
  const language = lang ?? (detectLang(normalized) === 'en' ? 'en' : 'nl');
  const result: string[] = [];
  for (const word of normalized.split(' ')) {
    if (isNoiseWord(word)) continue;
    const bare = word.replace(/'/gu, '');
    if (bare === '') continue;
    result.push(stem(bare, language));
    if (language === 'nl') {
      const parts = splitCompound(bare);
      if (parts) result.push(stem(parts[0], 'nl'), stem(parts[1], 'nl'));
    }
  }
  return result;
}
