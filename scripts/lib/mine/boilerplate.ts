// Topic-independent sentences that customers add to any question ("Alvast bedankt!", "Heel
// vervelend allemaal.", "Vraagje:"). Left in, they link unrelated questions. They are found per
// export rather than from a fixed list: a short sentence that many different messages contain but
// that is rarely a message on its own. The miner clusters (and labels) the rest of each message;
// examples keep the full original text.
import { memoize } from './memo.ts';

export type BoilerplateOptions = {
  /** Smallest number of distinct messages a sentence must occur in (raised to 0.1 % of them). */
  minTexts?: number;
  /** Largest share of those messages in which it is the only sentence. */
  maxAloneShare?: number;
  /** Longer sentences carry a question of their own. */
  maxWords?: number;
};

const DEFAULTS = { minTexts: 5, maxAloneShare: 0.2, maxWords: 8 } as const;
// A sentence with its closing punctuation; a colon ends an opener such as "Vraagje:". A link is
// never split at its colon or dots (every tweet's "https:" and "t." would look like boilerplate and
// leave "https:co/g43ZXWFsCf" behind).
const SENTENCE = /(?:(?:https?:\/\/|www\.)\S*[^\s.!?,;:)]|[^.!?:;\n])+(?:[.!?:;\n]+|$)/gu;

export function sentencesOf(text: string): string[] {
  return text.match(SENTENCE) ?? [];
}

/** A sentence's identity: letters and digits only, lower case. */
export function sentenceKey(sentence: string): string {
  return sentence
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function findBoilerplate(texts: readonly string[], options: BoilerplateOptions = {}): Set<string> {
  const distinct = [...new Set(texts)];
  return boilerplateAmong(sentenceKeysOf(distinct, memoize(sentenceKey)), options);
}

/**
 * The boilerplate of distinct texts, and every text without it (its core): a text that is
 * nothing but boilerplate stays whole.
 */
export function withoutBoilerplate(distinct: readonly string[], options: BoilerplateOptions = {}): { boilerplate: Set<string>; cores: string[] } {
  const keyOf = memoize(sentenceKey);
  const keys = sentenceKeysOf(distinct, keyOf);
  const boilerplate = boilerplateAmong(keys, options);
  const cores = distinct.map((text, i) => (keys[i]!.some((key) => boilerplate.has(key)) ? stripBoilerplate(text, boilerplate, keyOf) : text));
  return { boilerplate, cores };
}

/** The distinct, non-empty sentence keys of each text. */
function sentenceKeysOf(distinct: readonly string[], keyOf: (sentence: string) => string): string[][] {
  return distinct.map((text) => [
    ...new Set(
      sentencesOf(text)
        .map(keyOf)
        .filter((key) => key !== ''),
    ),
  ]);
}

/** Short sentences that many texts contain but that are rarely a text on their own. */
function boilerplateAmong(keysPerText: readonly string[][], options: BoilerplateOptions): Set<string> {
  const o = { ...DEFAULTS, ...options };
  const counts = new Map<string, { texts: number; alone: number }>();
  for (const keys of keysPerText) {
    for (const key of keys) {
      if (key.split(' ').length > o.maxWords) continue;
      let count = counts.get(key);
      if (!count) counts.set(key, (count = { texts: 0, alone: 0 }));
      count.texts++;
      if (keys.length === 1) count.alone++;
    }
  }
  const minTexts = Math.max(o.minTexts, Math.ceil(keysPerText.length * 0.001));
  const boilerplate = new Set<string>();
  for (const [key, count] of counts) {
    if (count.texts >= minTexts && count.alone <= o.maxAloneShare * count.texts) boilerplate.add(key);
  }
  return boilerplate;
}

/** The message without its boilerplate sentences; unchanged when nothing else would be left. */
export function stripBoilerplate(text: string, boilerplate: ReadonlySet<string>, keyOf: (sentence: string) => string = sentenceKey): string {
  if (boilerplate.size === 0) return text;
  const sentences = sentencesOf(text);
  const kept = sentences.filter((sentence) => !boilerplate.has(keyOf(sentence)));
  if (kept.length === sentences.length || !kept.some((sentence) => /[\p{L}\p{N}]/u.test(sentence))) return text;
  return kept.join('').trim();
}
