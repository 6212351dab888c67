// Zero-shot topics: questions that editors already placed (an article's own questions, a group an
// editor rejected) claim the export's questions like them before the groups are formed, so a topic
// an editor has decided about comes back under that decision, however the rest is clustered.
import { articleSeedId, rejectionSeedId, type DecisionsFile } from '#core/decisions.ts';
import { readArticleFields } from '../draft/article-fields.ts';
import { askedQuestions, questionSimilarity, tokenSets, type AskedQuestion } from '../draft/match.ts';
import { tokens } from '#core/text/index.ts';
import { cosine } from '../text/answer-key.ts';
import { withoutSlots, type PlaceIndex } from '../text/slots.ts';

/** What an editor decided about a set of questions: an article (`a-<shortId>`) or a rejection (`r-<decision>`). */
export type Seed = { id: string; lang: 'nl' | 'en'; questions: readonly string[]; kind: 'article' | 'rejection' };

/**
 * A question is claimed when one of its forms (the message, or one of its sentences) shares this
 * share of its content words with a seed question (weighted Jaccard): the bar draft uses for "the
 * same question". A rejection claims near-copies only: a rejected group may hold a real question
 * whose look-alikes are an FAQ after all (its rewordings are recognised as a group, in draft).
 */
const CLAIM_SIMILARITY: Record<Seed['kind'], number> = { article: 0.6, rejection: 0.8 };

/**
 * Per text, the index of the seed that claims it, or -1. `weight` tells how much a word says (its
 * IDF in the export): "Hoeveel krijg ik terug?" is not "Hoeveel procent krijg ik terug?" when
 * "procent" is the rare word of the two. Without it every word counts the same.
 */
export function claimBySeeds(
  texts: readonly string[],
  langs: readonly ('nl' | 'en' | undefined)[],
  seeds: readonly Seed[],
  weight: (word: string) => number = () => 1,
  places?: PlaceIndex,
): Int32Array {
  const claimedBy = new Int32Array(texts.length).fill(-1);
  if (seeds.length === 0) return claimedBy;
  const index = seedIndex(seeds, places);
  texts.forEach((text, at) => {
    const lang = langs[at] ?? 'nl';
    const [forms] = askedQuestions([text], lang, places);
    if (forms) claimedBy[at] = bestSeed(forms, lang, index, weight);
  });
  return claimedBy;
}

type SeedQuestion = { seed: number; lang: 'nl' | 'en'; kind: Seed['kind']; words: ReadonlySet<string> };
type SeedIndex = { questions: SeedQuestion[]; byWord: Map<string, number[]> };

function seedIndex(seeds: readonly Seed[], places: PlaceIndex | undefined): SeedIndex {
  const questions: SeedQuestion[] = [];
  seeds.forEach((seed, at) => {
    for (const words of tokenSets(seed.questions, seed.lang, places)) questions.push({ seed: at, lang: seed.lang, kind: seed.kind, words });
  });
  const byWord = new Map<string, number[]>();
  questions.forEach(({ words }, at) => {
    for (const word of words) {
      const list = byWord.get(word);
      if (list) list.push(at);
      else byWord.set(word, [at]);
    }
  });
  return { questions, byWord };
}

/** The seed with the most similar question at or above the bar; the first seed on ties. */
function bestSeed(forms: AskedQuestion, lang: 'nl' | 'en', index: SeedIndex, weight: (word: string) => number): number {
  let best = -1;
  let bestScore = 0;
  for (const form of forms) {
    const candidates = new Set<number>();
    for (const word of form) for (const at of index.byWord.get(word) ?? []) candidates.add(at);
    for (const at of candidates) {
      const question = index.questions[at]!;
      if (question.lang !== lang) continue;
      const score = questionSimilarity(form, question.words, weight);
      if (score < CLAIM_SIMILARITY[question.kind]) continue;
      if (score > bestScore || (score === bestScore && question.seed < best)) {
        best = question.seed;
        bestScore = score;
      }
    }
  }
  return best;
}

/**
 * The seeds of a content tree: every FAQ article with a short id (its title and `questions`, under
 * `articleSeedId`), then every rejection in content/decisions.json (its questions, under `r-<id>`).
 */
export function seedsOf(articles: readonly { path: string; text: string }[], decisions: DecisionsFile): Seed[] {
  const seeds: Seed[] = [];
  const ids = new Set<string>();
  for (const article of [...articles].sort((a, b) => (a.path < b.path ? -1 : 1)).map(readArticleFields)) {
    const { shortId, clusterId, title, lang, questions } = article;
    if (!shortId) continue;
    // Two articles may name one group (an English translation of a Dutch one): the second seeds under its short id.
    const id = clusterId !== undefined && ids.has(clusterId) ? articleSeedId({ shortId }) : articleSeedId({ clusterId, shortId });
    ids.add(id);
    seeds.push({ id, lang, questions: [...(title ? [title] : []), ...questions], kind: 'article' });
  }
  for (const decision of decisions.decisions) {
    if (decision.kind === 'reject') seeds.push({ id: rejectionSeedId(decision.id), lang: decision.lang, questions: decision.questions, kind: 'rejection' });
  }
  return seeds;
}

/**
 * A group asks a seed's question in other words when its words, weighted by how rare they are in
 * the export (TF-IDF, each distinct question once), point the way the seed's questions do.
 */
const SAME_TOPIC = 0.5;

/**
 * Per group, the article seed its questions as a whole resemble most (cosine of TF-IDF centroids at
 * or above SAME_TOPIC), or -1. Rejections claim near-copies only: a rejected mix of one-offs must
 * not take a real question that shares its words.
 */
export function groupsLikeSeeds(
  itemTokens: readonly (readonly string[])[],
  itemGroup: Int32Array,
  groupLangs: readonly ('nl' | 'en' | 'other')[],
  seeds: readonly Seed[],
  weight: (word: string) => number,
  places?: PlaceIndex,
): Int32Array {
  const likeSeed = new Int32Array(groupLangs.length).fill(-1);
  if (seeds.length === 0) return likeSeed;
  const seedVectors = seeds.map((seed) =>
    unitVector(
      seed.questions.map((question) => tokens(withoutSlots(question, places), seed.lang)),
      weight,
    ),
  );
  const groupTokens = Array.from({ length: groupLangs.length }, (): (readonly string[])[] => []);
  itemTokens.forEach((words, item) => {
    const group = itemGroup[item]!;
    if (group >= 0) groupTokens[group]!.push(words);
  });
  groupTokens.forEach((items, group) => {
    const vector = unitVector(items, weight);
    let bestScore = SAME_TOPIC;
    seeds.forEach((seed, at) => {
      if (seed.kind !== 'article' || seed.lang !== groupLangs[group]) return;
      const score = cosine(vector, seedVectors[at]!);
      if (score >= bestScore) [likeSeed[group], bestScore] = [at, score + Number.EPSILON];
    });
  });
  return likeSeed;
}

/** How much a word says in this export: its inverse document frequency over the distinct questions. */
export function idfWeights(itemTokens: readonly (readonly string[])[]): (word: string) => number {
  const documentFrequency = new Map<string, number>();
  for (const words of itemTokens) for (const word of new Set(words)) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
  const total = itemTokens.length;
  return (word) => Math.log((1 + total) / (1 + (documentFrequency.get(word) ?? 0))) + 1;
}

/** The sum of each text's distinct words, weighted, scaled to length 1. */
function unitVector(texts: readonly (readonly string[])[], weight: (word: string) => number): Map<string, number> {
  const vector = new Map<string, number>();
  for (const words of texts) for (const word of new Set(words)) vector.set(word, (vector.get(word) ?? 0) + weight(word));
  const norm = Math.sqrt([...vector.values()].reduce((sum, value) => sum + value * value, 0)) || 1;
  for (const [word, value] of vector) vector.set(word, value / norm);
  return vector;
}
