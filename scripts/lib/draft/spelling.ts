// Is a word spelled right? A maintained hunspell dictionary (loaded by scripts/lib/io/spelling.ts)
// and the export's own vocabulary decide: a word that several customers write the same way is a
// word of this company's world ("Latero", "pakketpunt"), and Dutch compounds ("kortingscode") are
// right when both parts are.
import type { DraftLang } from './wording.ts';

export type Dictionary = (word: string) => boolean;

/** A word counts as known from this many distinct texts of the export on. */
const VOCABULARY_MIN_TEXTS = 2;

export function knownWordChecker(dictionaries: Partial<Record<DraftLang, Dictionary>>, exportTexts: readonly string[]): (word: string, lang: DraftLang) => boolean {
  const textsWith = new Map<string, number>();
  for (const text of exportTexts) {
    for (const word of new Set(text.toLowerCase().match(/\p{L}+/gu) ?? [])) textsWith.set(word, (textsWith.get(word) ?? 0) + 1);
  }
  const cache = new Map<string, boolean>();
  return (word, lang) => {
    const key = `${lang}:${word}`;
    let known = cache.get(key);
    if (known === undefined) {
      const inDictionary = (w: string): boolean => (dictionaries[lang]?.(w) ?? true) || (dictionaries[lang === 'nl' ? 'en' : 'nl']?.(w) ?? false);
      known = (textsWith.get(word) ?? 0) >= VOCABULARY_MIN_TEXTS || inDictionary(word) || isCompound(word, inDictionary);
      cache.set(key, known);
    }
    return known;
  };
}

// --- internal ---

/** Two known words, optionally joined by a linking s, e or en ("kortingscode", "retourlabel"). */
function isCompound(word: string, inDictionary: Dictionary): boolean {
  for (let cut = 3; cut <= word.length - 3; cut++) {
    const head = word.slice(0, cut);
    const tail = word.slice(cut);
    if (!inDictionary(tail)) continue;
    if (inDictionary(head) || (/(?:s|e|en)$/u.test(head) && inDictionary(head.replace(/(?:s|e|en)$/u, '')))) return true;
  }
  return false;
}
