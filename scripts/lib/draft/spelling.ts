// Is a word spelled right? A maintained hunspell dictionary (loaded by scripts/lib/io/spelling.ts)
// and the export's own vocabulary decide: a word that several customers write the same way is a
// word of this company's world ("Latero", "pakketpunt"), and Dutch compounds ("kortingscode") are
// right when both parts are.
import type { DraftLang } from './wording.ts';

export type Dictionary = (word: string) => boolean;
/** Close corrections of a word the dictionary does not know ("uisttel" → "uitstel"). */
export type Suggester = (word: string) => readonly string[];

/** A word counts as known from this many distinct texts of the export on. */
const VOCABULARY_MIN_TEXTS = 2;

/**
 * A word the export spells the same way several times is known, unless the dictionary has a close
 * correction for it: customers repeat typos too ("uisttel van betaling").
 */
export function knownWordChecker(
  dictionaries: Partial<Record<DraftLang, Dictionary>>,
  exportTexts: readonly string[],
  suggesters: Partial<Record<DraftLang, Suggester>> = {},
): (word: string, lang: DraftLang) => boolean {
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
      known =
        inDictionary(word) ||
        isCompound(word, inDictionary) ||
        ((textsWith.get(word) ?? 0) >= VOCABULARY_MIN_TEXTS &&
          !(suggesters[lang]?.(word) ?? []).some((suggestion) => isOneEditAway(word, suggestion.toLowerCase())));
      cache.set(key, known);
    }
    return known;
  };
}

// --- internal ---

/** One insertion, deletion, substitution or swap of neighbours apart (Damerau). */
function isOneEditAway(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const rest = (x: string, from: number): string => x.slice(from);
  return (
    rest(a, i + 1) === rest(b, i + 1) || // substitution
    rest(a, i + 1) === rest(b, i) || // deletion from a
    rest(a, i) === rest(b, i + 1) || // insertion into a
    (a[i] === b[i + 1] && a[i + 1] === b[i] && rest(a, i + 2) === rest(b, i + 2)) // swap
  );
}

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
