// Finding the article a cluster already has when its id changed (clusters merge and split between
// runs): the share of the cluster's questions that closely resemble the article's questions.
import { tokens } from '../text/index.ts';

/** A question counts as "the same" when its content words overlap this much (Jaccard). */
const SAME_QUESTION = 0.6;
/** A cluster belongs to an article when at least this share of its questions is found there. */
export const MIN_OVERLAP = 0.5;

export function questionSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared);
}

export function tokenSets(texts: readonly string[], lang: 'nl' | 'en'): Set<string>[] {
  return texts.map((text) => new Set(tokens(text, lang))).filter((set) => set.size > 0);
}

/** Share (0–1) of the cluster's questions that have a near-identical question in the article. */
export function overlapScore(clusterQuestions: readonly Set<string>[], articleQuestions: readonly Set<string>[]): number {
  if (clusterQuestions.length === 0 || articleQuestions.length === 0) return 0;
  const found = clusterQuestions.filter((question) =>
    articleQuestions.some((candidate) => questionSimilarity(question, candidate) >= SAME_QUESTION),
  );
  return found.length / clusterQuestions.length;
}
