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
// A sentence with its closing punctuation; a colon ends an opener such as "Vraagje:".
const SENTENCE = /[^.!?:;\n]+(?:[.!?:;\n]+|$)/gu;

export function sentencesOf(text: string): string[] {
  return text.match(SENTENCE) ?? [];
}

/** A sentence's identity: letters and digits only, lower case. */
export function sentenceKey(sentence: string): string {
  return sentence.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export function findBoilerplate(texts: readonly string[], options: BoilerplateOptions = {}): Set<string> {
  const o = { ...DEFAULTS, ...options };
  const seen = new Set<string>();
  const keyOf = memoize(sentenceKey);
  const counts = new Map<string, { texts: number; alone: number }>();
  for (const text of texts) {
    if (seen.has(text)) continue;
    seen.add(text);
    const keys = [...new Set(sentencesOf(text).map(keyOf).filter((key) => key !== ''))];
    for (const key of keys) {
      if (key.split(' ').length > o.maxWords) continue;
      const count = counts.get(key) ?? { texts: 0, alone: 0 };
      count.texts++;
      if (keys.length === 1) count.alone++;
      counts.set(key, count);
    }
  }
  const minTexts = Math.max(o.minTexts, Math.ceil(seen.size * 0.001));
  const boilerplate = new Set<string>();
  for (const [key, count] of counts) {
    if (count.texts >= minTexts && count.alone <= o.maxAloneShare * count.texts) boilerplate.add(key);
  }
  return boilerplate;
}

/** Every text without its boilerplate sentences (a text that is nothing else stays whole). */
export function stripAllBoilerplate(texts: readonly string[], boilerplate: ReadonlySet<string>): string[] {
  if (boilerplate.size === 0) return [...texts];
  const keyOf = memoize(sentenceKey);
  const stripped = new Map<string, string>();
  return texts.map((text) => {
    let core = stripped.get(text);
    if (core === undefined) {
      core = stripBoilerplate(text, boilerplate, keyOf);
      stripped.set(text, core);
    }
    return core;
  });
}

/** The message without its boilerplate sentences; unchanged when nothing else would be left. */
export function stripBoilerplate(text: string, boilerplate: ReadonlySet<string>, keyOf: (sentence: string) => string = sentenceKey): string {
  if (boilerplate.size === 0) return text;
  const sentences = sentencesOf(text);
  const kept = sentences.filter((sentence) => !boilerplate.has(keyOf(sentence)));
  if (kept.length === sentences.length || !kept.some((sentence) => /[\p{L}\p{N}]/u.test(sentence))) return text;
  return kept.join('').trim();
}

