// Zero-shot topics: questions that editors already placed (an article's own questions, a group an
// editor rejected) claim the export's questions like them before the groups are formed, so a topic
// an editor has decided about comes back under that decision, however the rest is clustered.
import { articleSeedId, rejectionSeedId, type DecisionsFile } from '#core/decisions.ts';
import { parseArticle } from '../draft/frontmatter.ts';
import { askedQuestions, questionSimilarity, tokenSets, type AskedQuestion } from '../draft/match.ts';
import { isShortId } from '../draft/shortid.ts';

/** What an editor decided about a set of questions: an article (`a-<shortId>`) or a rejection (`r-<decision>`). */
export type Seed = { id: string; lang: 'nl' | 'en'; questions: readonly string[] };

/**
 * A question is claimed when one of its forms (the message, or one of its sentences) shares this
 * share of its content words with a seed question (Jaccard): the bar draft uses for "the same question".
 */
const CLAIM_SIMILARITY = 0.6;

/** Per text, the index of the seed that claims it, or -1. */
export function claimBySeeds(texts: readonly string[], langs: readonly ('nl' | 'en' | undefined)[], seeds: readonly Seed[]): Int32Array {
  const claimedBy = new Int32Array(texts.length).fill(-1);
  if (seeds.length === 0) return claimedBy;
  const index = seedIndex(seeds);
  texts.forEach((text, at) => {
    const lang = langs[at] ?? 'nl';
    const [forms] = askedQuestions([text], lang);
    if (forms) claimedBy[at] = bestSeed(forms, lang, index);
  });
  return claimedBy;
}

type SeedQuestion = { seed: number; lang: 'nl' | 'en'; words: ReadonlySet<string> };
type SeedIndex = { questions: SeedQuestion[]; byWord: Map<string, number[]> };

function seedIndex(seeds: readonly Seed[]): SeedIndex {
  const questions: SeedQuestion[] = [];
  seeds.forEach((seed, at) => {
    for (const words of tokenSets(seed.questions, seed.lang)) questions.push({ seed: at, lang: seed.lang, words });
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
function bestSeed(forms: AskedQuestion, lang: 'nl' | 'en', index: SeedIndex): number {
  let best = -1;
  let bestScore = CLAIM_SIMILARITY;
  for (const form of forms) {
    const candidates = new Set<number>();
    for (const word of form) for (const at of index.byWord.get(word) ?? []) candidates.add(at);
    for (const at of candidates) {
      const question = index.questions[at]!;
      if (question.lang !== lang) continue;
      const score = questionSimilarity(form, question.words);
      if (score > bestScore || (score === bestScore && (best < 0 || question.seed < best))) {
        best = question.seed;
        bestScore = score;
      }
    }
  }
  return best;
}

/**
 * The seeds of a content tree: every FAQ article with a short id (its title and `questions`, under
 * `a-<shortId>`), then every rejection in content/decisions.json (its questions, under `r-<id>`).
 */
export function seedsOf(articles: readonly { path: string; text: string }[], decisions: DecisionsFile): Seed[] {
  const seeds: Seed[] = [];
  for (const { path, text } of [...articles].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const { data } = parseArticle(text, path);
    const shortId = data['shortId'];
    if (!isShortId(shortId)) continue;
    const lang = data['lang'] === 'en' || (data['lang'] === undefined && path.startsWith('en/')) ? 'en' : 'nl';
    const questions = Array.isArray(data['questions']) ? data['questions'].filter((q): q is string => typeof q === 'string') : [];
    const title = typeof data['title'] === 'string' ? [data['title']] : [];
    seeds.push({ id: articleSeedId(shortId), lang, questions: [...title, ...questions] });
  }
  for (const decision of decisions.decisions) {
    if (decision.kind === 'reject') seeds.push({ id: rejectionSeedId(decision.id), lang: decision.lang, questions: decision.questions });
  }
  return seeds;
}
