// Answers as evidence. The company's replies say which questions share an answer: CMs send the
// same saved reply (up to the customer's details and the signature) to every customer who asks
// that question, and a different one to a look-alike question. Replies are grouped into answer
// families (same text up to slots, greeting and signature, or the same link to a help page);
// a family whose questions have little in common is a generic reply ("Stuur ons je ordernummer
// via DM") and says nothing. The clustering then links questions of one family and weakens links
// between questions whose answers differ.
import { answerKey, answerVector, cosine, type TermVector } from '../text/answer-key.ts';
import type { Lang } from '#core/text/index.ts';
import type { PlaceIndex } from '../text/slots.ts';
import type { Neighbours } from './knn.ts';
import { majorityOf } from './coherence.ts';
import { evenlySpread } from './replies.ts';

export type AnswerEvidence = {
  /** Informative answer family of every item, -1 when it has none. */
  familyOf: Int32Array;
  families: number;
  /** Items of every informative family. */
  itemsOf: number[][];
  /** Cosine similarity of two families' replies. */
  similarity: (a: number, b: number) => number;
  /** The words of the informative reply an item got (its answer key), none without one. */
  answerTokens: (item: number) => readonly string[];
  /** The family of the reply the item's questions got, informative or generic; -1 without a reply. */
  replyFamily: (item: number) => number;
};

/** Replies at least this similar (cosine of their content words) are one answer. */
const SAME_ANSWER = 0.6;
/** A family is informative when its questions are this much closer to each other than random pairs are. */
const MIN_COHESION_GAIN = 0.12;
/**
 * A reply echoes its question when it repeats the question's subject ("je kortingscode", "je
 * retour"): the share of a question's content words found in the reply, averaged over the family,
 * this much above the share of words the same replies have in common with any question of that
 * language. A saved reply that names no subject ("Goede vraag! We zoeken het uit") echoes nothing.
 */
const MIN_ECHO = 0.05;
/** Above this many distinct replies the pairwise comparison is skipped (exact-text families only). */
const MAX_COMPARED_REPLIES = 5_000;
const SAMPLE_PAIRS = 60;
const BASELINE_PAIRS = 500;

/**
 * `itemReplies[i]` are the texts of the company's replies to item i's questions. `vectors` are the
 * items' unit question vectors (items × dims), used to tell informative families from generic ones.
 */
export function answerEvidence(
  itemReplies: readonly (readonly string[])[],
  vectors: Float32Array,
  dims: number,
  options: { places?: PlaceIndex | undefined; lang?: (item: number) => Lang | undefined; tokens?: (item: number) => readonly string[] } = {},
): AnswerEvidence {
  const keyIds = new Map<string, number>();
  const keys: string[] = [];
  const keyOfItem = itemReplies.map((replies, item) => {
    const counts = new Map<number, number>();
    for (const reply of replies) {
      const key = answerKey(reply, options.places, options.lang?.(item));
      if (key === '') continue;
      let id = keyIds.get(key);
      if (id === undefined) keyIds.set(key, (id = keys.push(key) - 1));
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return mostFrequent(counts);
  });
  const replyVectors = rareTermsWeighted(keys.map((key) => answerVector(key)));
  const family = unionFamilies(keys, replyVectors);
  // A saved reply in a minority language ("Sorry for the inconvenience, reply with your order
  // number") goes to every question in that language, and those questions share that language's
  // everyday words: genericness is judged against questions in the family's own language.
  const languageOf = (item: number): string => options.lang?.(item) ?? 'other';
  const itemsByLanguage = groupBy(itemReplies.length, languageOf);
  const echoes = options.tokens ? echoOf(keyOfItem, keys, options.tokens, itemsByLanguage) : undefined;
  const rawFamilyOf = Int32Array.from(keyOfItem, (key) => (key < 0 ? -1 : family[key]!));
  const { familyOf, itemsOf, members } = keepInformative(rawFamilyOf, vectors, dims);
  const centres = members.map((keyIdsOfFamily) => centreOf(keyIdsOfFamily.map((k) => replyVectors[k]!)));
  return {
    familyOf,
    families: itemsOf.length,
    itemsOf,
    similarity: (a, b) => (a === b ? 1 : cosine(centres[a]!, centres[b]!)),
    replyFamily: (item) => rawFamilyOf[item]!,
    answerTokens: (item) => (familyOf[item]! >= 0 && keyOfItem[item]! >= 0 ? keys[keyOfItem[item]!]!.split(' ').filter((t) => t !== '') : []),
  };
  function keepInformative(raw: Int32Array, vecs: Float32Array, d: number) {
    const itemsByRaw = new Map<number, number[]>();
    raw.forEach((f, item) => {
      if (f >= 0) (itemsByRaw.get(f) ?? itemsByRaw.set(f, []).get(f)!).push(item);
    });
    const baselines = new Map([...itemsByLanguage].map(([lang, items]) => [lang, meanPairSimilarity(items, vecs, d, BASELINE_PAIRS)]));
    const out = new Int32Array(raw.length).fill(-1);
    const kept: number[][] = [];
    const keyMembers: number[][] = [];
    for (const [rawFamily, items] of [...itemsByRaw].sort((a, b) => a[0] - b[0])) {
      // One question says nothing about genericness; its reply still counts through similarity.
      const lang = majorityOf(items.map(languageOf));
      const baseline = baselines.get(lang)!;
      const cohesive = meanPairSimilarity(items, vecs, d) >= baseline + MIN_COHESION_GAIN * (1 - baseline);
      if (items.length >= 2 && !cohesive && !(echoes && echoes.of(items) >= echoes.baseline(items, lang) + MIN_ECHO)) continue;
      const id = kept.length;
      kept.push(items);
      keyMembers.push(keys.map((_, k) => k).filter((k) => family[k] === rawFamily));
      for (const item of items) out[item] = id;
    }
    return { familyOf: out, itemsOf: kept, members: keyMembers };
  }
}

/** Weight of the answer evidence against the questions' own similarity on a graph edge. */
const ANSWER_WEIGHT = 0.5;
/** Questions of one family each get links to this many others of it (in place of their weakest neighbours). */
const FAMILY_LINKS = 3;

/**
 * Re-weighs the neighbour graph (raw cosine similarities, before sharpening): an edge between two
 * answered questions becomes the mean of their questions' and their answers' similarity, and every
 * question of an informative family is linked to a few others of it.
 */
export function linkByAnswers(knn: Neighbours, evidence: AnswerEvidence, vectors: Float32Array, dims: number): void {
  const { k, ids, sims } = knn;
  const n = ids.length / k;
  const { familyOf } = evidence;
  const dot = (a: number, b: number): number => {
    let sum = 0;
    for (let d = 0; d < dims; d++) sum += vectors[a * dims + d]! * vectors[b * dims + d]!;
    return sum;
  };
  for (let i = 0; i < n; i++) {
    const fi = familyOf[i]!;
    if (fi < 0) continue;
    for (let s = 0; s < k; s++) {
      const j = ids[i * k + s]!;
      const fj = j >= 0 ? familyOf[j]! : -1;
      if (fj >= 0) sims[i * k + s] = (1 - ANSWER_WEIGHT) * sims[i * k + s]! + ANSWER_WEIGHT * evidence.similarity(fi, fj);
    }
    const family = evidence.itemsOf[fi]!;
    if (family.length < 2) continue;
    const own = new Set(Array.from(ids.subarray(i * k, (i + 1) * k)));
    const at = family.indexOf(i);
    let added = 0;
    for (let step = 1; step < family.length && added < FAMILY_LINKS; step++) {
      const j = family[(at + step) % family.length]!;
      if (own.has(j)) continue;
      let weakest = i * k;
      for (let s = i * k + 1; s < (i + 1) * k; s++) if (sims[s]! < sims[weakest]!) weakest = s;
      const sim = (1 - ANSWER_WEIGHT) * dot(i, j) + ANSWER_WEIGHT;
      if (sim <= sims[weakest]!) break;
      ids[weakest] = j;
      sims[weakest] = sim;
      own.add(j);
      added++;
    }
  }
}

// --- internal ---

function centreOf(vectors: readonly TermVector[]): TermVector {
  const centre = new Map<string, number>();
  for (const vector of vectors) for (const [term, v] of vector) centre.set(term, (centre.get(term) ?? 0) + v);
  const norm = Math.sqrt([...centre.values()].reduce((sum, v) => sum + v * v, 0)) || 1;
  for (const [term, v] of centre) centre.set(term, v / norm);
  return centre;
}

/** Reply texts joined into families: the same text, or replies at least SAME_ANSWER alike. */
function unionFamilies(keys: readonly string[], vectors: readonly TermVector[]): Int32Array {
  const parent = Int32Array.from(keys, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  if (keys.length <= MAX_COMPARED_REPLIES) {
    // Candidate pairs share a term; rare terms first keeps the lists short.
    const byTerm = new Map<string, number[]>();
    vectors.forEach((vector, i) => {
      for (const term of vector.keys()) (byTerm.get(term) ?? byTerm.set(term, []).get(term)!).push(i);
    });
    const compared = new Set<number>();
    vectors.forEach((vector, i) => {
      compared.clear();
      for (const term of vector.keys()) {
        const list = byTerm.get(term)!;
        if (list.length > 200) continue;
        for (const j of list) {
          if (j <= i || compared.has(j)) continue;
          compared.add(j);
          if (cosine(vector, vectors[j]!) >= SAME_ANSWER) parent[find(j)] = find(i);
        }
      }
    });
  }
  const roots = new Map<number, number>();
  return Int32Array.from(keys, (_, i) => {
    const root = find(i);
    let id = roots.get(root);
    if (id === undefined) roots.set(root, (id = roots.size));
    return id;
  });
}

/** Terms of many different replies ("stuur", "ordernummer", "dm") weigh less when replies are compared. */
function rareTermsWeighted(vectors: readonly TermVector[]): TermVector[] {
  const replyCount = new Map<string, number>();
  for (const vector of vectors) for (const term of vector.keys()) replyCount.set(term, (replyCount.get(term) ?? 0) + 1);
  return vectors.map((vector) => {
    const weighted = new Map<string, number>();
    let norm = 0;
    for (const [term, v] of vector) {
      const w = v * Math.log((vectors.length + 1) / replyCount.get(term)!);
      weighted.set(term, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [term, w] of weighted) weighted.set(term, w / norm);
    return weighted;
  });
}

/**
 * How much of its questions' content words a family's replies repeat (see MIN_ECHO), and how much
 * the same replies repeat of any question in the family's language: a reply that names what every
 * question of that language names ("your order") echoes its own questions no more than the others.
 */
function echoOf(
  keyOfItem: readonly number[],
  keys: readonly string[],
  tokensOf: (item: number) => readonly string[],
  itemsByLanguage: ReadonlyMap<string, readonly number[]>,
): { of: (items: readonly number[]) => number; baseline: (items: readonly number[], lang: string) => number } {
  const keyTerms = keys.map((key) => new Set(key.split(' ')));
  const wordSets: (Set<string> | undefined)[] = [];
  const share = (item: number, key: number): number => {
    const words = (wordSets[item] ??= new Set(tokensOf(item)));
    if (words.size === 0) return 0;
    let found = 0;
    for (const word of words) if (keyTerms[key]!.has(word)) found++;
    return found / words.size;
  };
  // How much one reply repeats of any question of a language depends on the reply alone: once per reply.
  const keyBaselines = new Map<string, number>();
  const keyBaseline = (key: number, lang: string): number => {
    const id = `${lang} ${key}`;
    let baseline = keyBaselines.get(id);
    if (baseline === undefined) {
      const sample = evenlySpread(itemsByLanguage.get(lang) ?? [], ECHO_SAMPLE);
      baseline = sample.reduce((sum, other) => sum + share(other, key), 0) / Math.max(1, sample.length);
      keyBaselines.set(id, baseline);
    }
    return baseline;
  };
  const mean = (items: readonly number[], value: (item: number) => number): number =>
    items.reduce((total, item) => total + value(item), 0) / Math.max(1, items.length);
  return {
    of: (items) => mean(items, (item) => share(item, keyOfItem[item]!)),
    baseline: (items, lang) => mean(items, (item) => keyBaseline(keyOfItem[item]!, lang)),
  };
}

/** Questions of a language each family's replies are compared with, for its echo baseline. */
const ECHO_SAMPLE = 60;

/** The indices 0..count-1 grouped by their key, in order. */
function groupBy(count: number, keyOf: (index: number) => string): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  for (let index = 0; index < count; index++) {
    const key = keyOf(index);
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(index);
  }
  return groups;
}

function mostFrequent(counts: ReadonlyMap<number, number>): number {
  let best = -1;
  let bestCount = 0;
  for (const [id, count] of counts) if (count > bestCount || (count === bestCount && id < best)) [best, bestCount] = [id, count];
  return best;
}

/** Mean cosine of the items' vectors over all pairs, or a fixed spread sample of pairs for many items. */
function meanPairSimilarity(items: readonly number[], vectors: Float32Array, dims: number, samples = SAMPLE_PAIRS): number {
  const n = items.length;
  if (n < 2) return 0;
  const pairs: [number, number][] = [];
  if ((n * (n - 1)) / 2 <= samples) {
    for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) pairs.push([items[a]!, items[b]!]);
  } else {
    for (let p = 0; pairs.length < samples && p < samples * 4; p++) {
      const a = (p * 7919) % n;
      const b = (p * 104_729 + 1 + Math.floor(p / n)) % n;
      if (a !== b) pairs.push([items[a]!, items[b]!]);
    }
  }
  let sum = 0;
  for (const [a, b] of pairs) {
    let dot = 0;
    for (let d = 0; d < dims; d++) dot += vectors[a * dims + d]! * vectors[b * dims + d]!;
    sum += dot;
  }
  return sum / Math.max(1, pairs.length);
}
