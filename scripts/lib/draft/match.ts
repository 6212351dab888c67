// Finding the article a cluster already has when its id changed (clusters merge and split between
// runs): the share of the cluster's questions that closely resemble the article's questions.
import { tokens } from '#core/text/index.ts';
import { withoutSlots, type PlaceIndex } from '../text/slots.ts';

/** A question counts as "the same" when its content words overlap this much (Jaccard). */
const SAME_QUESTION = 0.6;
/** A cluster belongs to an article when at least this share of its questions is found there. */
export const MIN_OVERLAP = 0.5;

/** Jaccard of two word sets; with `weight`, each word counts by how much it says (its IDF). */
export function questionSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>, weight?: (word: string) => number): number {
  if (a.size === 0 || b.size === 0) return 0;
  if (!weight) {
    let shared = 0;
    for (const word of a) if (b.has(word)) shared++;
    return shared / (a.size + b.size - shared);
  }
  let shared = 0;
  let total = 0;
  for (const word of a) {
    total += weight(word);
    if (b.has(word)) shared += weight(word);
  }
  for (const word of b) if (!a.has(word)) total += weight(word);
  return total === 0 ? 0 : shared / total;
}

/** Each question's content words without its slot values: "storing in Zeist" asks what "storing in Utrecht" asks. */
export function tokenSets(texts: readonly string[], lang: 'nl' | 'en', places?: PlaceIndex): Set<string>[] {
  return texts.map((text) => new Set(tokens(withoutSlots(text, places), lang))).filter((set) => set.size > 0);
}

/**
 * A customer's question as it can be matched: the whole message and, when it has several, each of
 * its sentences. "Beste klantenservice, waarom betaal ik terugleverkosten? Alvast bedankt! Met
 * vriendelijke groet" asks an article's question word for word in one sentence, while the whole
 * message shares too few of its words with it.
 */
export type AskedQuestion = readonly Set<string>[];

export function askedQuestions(texts: readonly string[], lang: 'nl' | 'en', places?: PlaceIndex): AskedQuestion[] {
  return texts
    .map((text) => {
      const sentences = text.match(SENTENCE) ?? [];
      return tokenSets(sentences.length > 1 ? [text, ...sentences] : [text], lang, places);
    })
    .filter((forms) => forms.length > 0);
}

// Sentences end at . ! ? or a line break only: a colon or semicolon joins the parts of one question
// (the miner's boilerplate splitter also cuts there, which would match fragments such as "Antwoord 6 over je").
const SENTENCE = /[^.!?\n]+[.!?\n]*/gu;

/** A cluster asking word for word what an article's title or one of its questions asks... */
const SAME_LABEL = 0.8;
/** ...belongs to it with fewer shared phrasings: hand-written articles list only a few. */
const MIN_OVERLAP_SAME_LABEL = 0.2;

/**
 * How much a cluster (its label first, then its examples) belongs to an article (its title and
 * questions), 0–1; at least MIN_OVERLAP when the label is the article's own question and some
 * examples are found there too.
 */
export function belongingScore(clusterQuestions: readonly AskedQuestion[], articleQuestions: readonly Set<string>[]): number {
  const score = overlapScore(clusterQuestions, articleQuestions);
  const [label, ...examples] = clusterQuestions;
  if (!label || !articleQuestions.some((question) => askedSimilarity(label, question) >= SAME_LABEL)) return score;
  return overlapScore(examples, articleQuestions) >= MIN_OVERLAP_SAME_LABEL ? Math.max(score, MIN_OVERLAP) : score;
}

/** Share (0–1) of the cluster's questions that have a near-identical question in the article. */
export function overlapScore(clusterQuestions: readonly AskedQuestion[], articleQuestions: readonly Set<string>[]): number {
  if (clusterQuestions.length === 0 || articleQuestions.length === 0) return 0;
  const found = clusterQuestions.filter((question) => articleQuestions.some((candidate) => askedSimilarity(question, candidate) >= SAME_QUESTION));
  return found.length / clusterQuestions.length;
}

/** The best match of any form of an asked question (the message or one of its sentences). */
function askedSimilarity(forms: AskedQuestion, candidate: ReadonlySet<string>): number {
  let best = 0;
  for (const form of forms) best = Math.max(best, questionSimilarity(form, candidate));
  return best;
}
