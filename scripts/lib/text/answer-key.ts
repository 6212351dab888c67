// Answer keys: a reply reduced to what it answers, so that the same saved reply sent to two
// customers (with their names, order numbers and the CM's signature) compares as the same answer,
// and an article's prepared reply can be recognised in the threads. Browser-safe.
import { normalize, tokens, type Lang } from '#core/text/index.ts';
import { withoutSignature } from './signature.ts';
import { withoutSlots, type PlaceIndex } from './slots.ts';

/**
 * A reply reduced to what it answers: no handles, greeting, signature, slot values or links'
 * tracking; links to help pages are kept as words (the same link is the same answer).
 */
export function answerKey(text: string, places?: PlaceIndex, lang?: Lang): string {
  const core = withoutSignature(text)
    .replace(/^(?:\s*@[\p{L}\p{N}_]+[\s,:]*)+/u, '')
    .replace(/https?:\/\/(?:www\.)?([^\s?#]+)[^\s]*/giu, (_, path: string) => ` ${path.replace(/[/.]+/gu, ' ')} `);
  return tokens(normalize(withoutSlots(core, places)), lang).join(' ');
}

/** Unit vector of an answer key's terms. */
export function answerVector(key: string): TermVector {
  return termVector(key);
}

export type TermVector = Map<string, number>;

function termVector(key: string): TermVector {
  const vector = new Map<string, number>();
  for (const term of key.split(' ')) if (term !== '') vector.set(term, (vector.get(term) ?? 0) + 1);
  const norm = Math.sqrt([...vector.values()].reduce((sum, v) => sum + v * v, 0)) || 1;
  for (const [term, v] of vector) vector.set(term, v / norm);
  return vector;
}

export function cosine(a: TermVector, b: TermVector): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, v] of small) sum += v * (large.get(term) ?? 0);
  return sum;
}
