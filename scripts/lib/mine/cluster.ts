// Texts → clusters without a given k: TF-IDF of word uni/bigrams and character n-grams, reduced by
// randomised SVD (fitted on a sample for large inputs), a cosine k-nearest-neighbour graph from an
// approximate index, and Louvain communities. Small communities stay unclustered.
import { type Lang, normalize } from '#core/text/index.ts';
import { withoutSlots, type PlaceIndex } from '../text/slots.ts';
import { answerEvidence, linkByAnswers, type AnswerEvidence } from './answers.ts';
import { mergeFragments } from './fragments.ts';
import { splitByAnswers } from './answer-split.ts';
import { withoutBoilerplate } from './boilerplate.ts';
import { collapseDuplicates, distinctTexts, type UniqueItem } from './dedupe.ts';
import { tfidfMatrix, type FeatureDoc, type SparseMatrix } from './features.ts';
import { nearestNeighbours, rerankByExactSimilarity, sharedNeighbourWeights, type Neighbours } from './knn.ts';
import { knnGraph, louvain, normalisedByDegree } from './louvain.ts';
import { seededRandom, shuffledRange } from './random.ts';
import { stageTimer } from './stages.ts';
import { refineCommunities } from './hierarchy.ts';
import { reduceOutliers } from './outliers.ts';
import { splitSubtopics } from './subtopics.ts';
import { embedRows, fitProjection, project } from './svd.ts';

export type ClusterOptions = {
  seed?: number;
  /** Smallest cluster, counted in texts (near-duplicates included). */
  minSize?: number;
  /** Smallest cluster, counted in distinct texts. */
  minUnique?: number;
  dims?: number;
  neighbours?: number;
  resolution?: number;
  /** Edges weaker than this cosine similarity are left out of the graph. */
  minSimilarity?: number;
  /** Rows used to fit the SVD; the rest are projected. */
  sampleSize?: number;
  langs?: readonly (Lang | undefined)[];
  /** Every text as `normalize` gives it, when the caller has it already. */
  normalized?: readonly string[];
  /** Progress notes ("features: 1.2 s"), for the CLI's stderr. */
  log?: (message: string) => void;
  /** Multiplier of the word block against the character n-gram block. */
  wordWeight?: number;
  /** Edge weight = similarity ** sharpen. */
  sharpen?: number;
  /** Members less similar than this to their community's centre become one-offs (unclustered). */
  minMemberSimilarity?: number;
  /** Sub-topics of a cluster whose centres are at least this similar are one question. */
  subtopicMaxSimilarity?: number;
  /** Smallest sub-topic, counted in distinct questions. */
  subtopicMinUnique?: number;
  /** Neighbours per item in the sparser graph whose first Louvain level proposes sub-topics. */
  subtopicNeighbours?: number;
  /** Extra neighbour candidates per item, re-ranked by exact TF-IDF similarity (inputs below the large cut-off). */
  exactCandidates?: number;
  /** Place names recognised as slots (scripts/lib/io/places.ts); without them only typed slots are. */
  places?: PlaceIndex | undefined;
  /** The company's replies to every text (in its thread), as evidence of which questions share an answer. */
  replies?: readonly (readonly string[] | undefined)[] | undefined;
  /**
   * Editor rules: compare questions without their slot values (one article per answer, whatever
   * the city or amount). Off, the miner splits finely by every word, as intent benchmarks reward.
   */
  slots?: boolean;
  /** SVD dimensions for small exports (see SMALL). */
  smallDims?: number;
  /** Sub-topics this similar to each other, relative to their own tightness, are one question (0: off). */
  fragmentRatio?: number;
  /** The same ratio for sub-topics whose questions got the same answer. */
  fragmentAnswerRatio?: number;
  /** The lowest Louvain resolution small exports get. */
  minResolution?: number;
  /** Small exports: a question answered with an informative saved reply also carries that reply's words. */
  answerWords?: boolean;
  /** Small exports: the share of a topic-graph edge's weight that depends on the neighbours its two questions share (0: off). */
  sharedNeighbours?: number;
  /** Small exports: a question less similar than this to the centre of its final group (after fragments merge) is a one-off. */
  minQuestionSimilarity?: number;
  /**
   * Larger exports are first cut into communities at this Louvain resolution, each then mined as a
   * small export (0: one flat pass at every size, the finer intent split that banking77 rewards).
   */
  coarseResolution?: number;
  /**
   * Neighbours per item in the graph that cuts a larger export into communities. A question's few
   * nearest are mostly its own topic's; further down the list come the look-alikes of a big topic,
   * which would pull a small topic's questions into its community one by one.
   */
  coarseNeighbours?: number;
  /**
   * Inside a coarse community, each topic-graph edge is divided by the product of its ends' degrees
   * to this power (0: off): the community mixes templates asked in near-identical words with
   * questions asked in many, and the dense part would otherwise set the scale for all.
   */
  communityDegreePower?: number;
  /** A one-off at least this similar to the nearest sub-topic's centre joins it (0: off)… */
  outlierSimilarity?: number;
  /** …when it is this much closer to it than to any other cluster's sub-topic. */
  outlierMargin?: number;
  /** A one-off answered with the reply that this share of a topic's answered questions got joins that topic (0: off)… */
  outlierAnswerShare?: number;
  /** …when it is at least this similar to the topic's centre. */
  outlierAnswerSimilarity?: number;
};

export type Clustering = {
  items: UniqueItem[];
  /** Unique item of every text. */
  itemOf: Int32Array;
  /** Cluster of every unique item, -1 when unclustered. */
  itemCluster: Int32Array;
  clusters: number;
  /** Sub-topic (one specific question within a cluster) of every unique item, -1 when unclustered. */
  itemSubtopic: Int32Array;
  /** Parent cluster of every sub-topic; a cluster that is one question has exactly one. */
  subtopicCluster: Int32Array;
  /** L2-normalised item vectors, items × dims. */
  vectors: Float32Array;
  dims: number;
  /** Which items the company answered alike (absent without replies, and for big exports). */
  answers?: AnswerEvidence | undefined;
  /** Mined with the small-export rules: the whole export at once, or each of its communities (hierarchy.ts). */
  smallExportRules: boolean;
};

// Above this many distinct questions the cheaper settings keep time close to linear; the labelled
// benchmark sets (about 13,000 texts) stay below it.
const LARGE = 20_000;
/**
 * Up to this many distinct questions (a team's export rather than an intent corpus) the SVD keeps
 * `smallDims` dimensions and the editor's finer rules apply.
 */
export const SMALL = 2_000;
/** An answer's word is added to its questions when customers use it in this many distinct questions. */
const CUSTOMER_WORD_MIN_QUESTIONS = 2;
/** Replies read per distinct question: a saved reply sent a thousand times says no more than twenty. */
const MAX_REPLIES_PER_ITEM = 20;

export const DEFAULT_CLUSTER_OPTIONS = {
  seed: 1,
  minSize: 3,
  minUnique: 2,
  dims: 100,
  neighbours: 12,
  resolution: 3,
  minSimilarity: 0.1,
  sampleSize: 20_000,
  wordWeight: 1,
  sharpen: 2,
  minMemberSimilarity: 0.3,
  subtopicMaxSimilarity: 0.9,
  subtopicMinUnique: 5,
  subtopicNeighbours: 4,
  exactCandidates: 8,
  minResolution: 0.5,
  fragmentRatio: 0.45,
  slots: true,
  smallDims: 250,
  fragmentAnswerRatio: 0.5,
  answerWords: true,
  sharedNeighbours: 0.7,
  minQuestionSimilarity: 0.4,
  coarseResolution: 1,
  coarseNeighbours: 6,
  communityDegreePower: 0.5,
  outlierSimilarity: 0.35,
  outlierMargin: 0.1,
  outlierAnswerShare: 0.6,
  outlierAnswerSimilarity: 0.2,
} as const;

/** A coarse community too large to refine is cut again, at most this many times. */
const MAX_DEPTH = 3;

export function clusterUniqueTexts(texts: readonly string[], options: ClusterOptions = {}, depth = 0): Clustering {
  const { clustering, coarse } = clusterOnce(texts, options, { mayCut: depth < MAX_DEPTH, inCommunity: depth > 0 });
  if (!coarse) return clustering;
  const refined = refineCommunities(clustering, coarse, (subset) =>
    clusterUniqueTexts(
      subset.map((t) => texts[t]!),
      optionsOf(options, subset),
      depth + 1,
    ),
  );
  return { ...refined, smallExportRules: true };
}

/** The per-text options of a subset of the texts. */
function optionsOf(options: ClusterOptions, subset: readonly number[]): ClusterOptions {
  const pick = <T>(values: readonly T[]): T[] => subset.map((t) => values[t]!);
  const { log: _log, normalized, replies, langs, ...shared } = options;
  return {
    ...shared,
    langs: langs && langs.length > 0 ? pick(langs) : [],
    ...(normalized ? { normalized: pick(normalized) } : {}),
    ...(replies ? { replies: pick(replies) } : {}),
  };
}

/**
 * One pass over the texts. With `mayCut`, an export above SMALL distinct questions stops after its
 * first Louvain run and returns those communities (`coarse`) for each to be mined on its own;
 * `inCommunity` says the texts are one such community.
 */
function clusterOnce(
  texts: readonly string[],
  options: ClusterOptions,
  { mayCut, inCommunity }: { mayCut: boolean; inCommunity: boolean },
): { clustering: Clustering; coarse?: Int32Array } {
  const o = { ...DEFAULT_CLUSTER_OPTIONS, ...options };
  const stage = stageTimer(options.log).done;
  const { distinct, textOf, firstOf } = distinctTexts(texts);
  const { boilerplate, cores } = withoutBoilerplate(distinct);
  const langs = options.langs ?? [];
  const known = options.normalized;
  // Questions are compared without their slot values (places, amounts, dates, order numbers).
  const { items, itemOf } = collapseDuplicates(
    cores,
    Array.from(firstOf, (i) => langs[i]),
    textOf,
    (core, d) => {
      const compared = o.slots ? withoutSlots(core, options.places) : core;
      return known && compared === distinct[d] ? known[firstOf[d]!]! : normalize(compared);
    },
  );
  stage(`collapse ${texts.length} texts to ${items.length} (${boilerplate.size} boilerplate sentences set aside)`);
  const n = items.length;
  if (n < 2) return { clustering: unclustered(items, itemOf, new Float32Array(0), 0) };
  // Above LARGE, mining every community on its own costs more than the 1M-message budget allows
  // (100,000 generated messages, 12,422 distinct questions: 31 s against 10 s): one flat pass.
  const cut = mayCut && n > SMALL && n <= LARGE && o.coarseResolution > 0;
  const large = n > LARGE;
  const maxGram = large ? 4 : 5;
  // Large inputs trade a little resolution for speed: fewer dimensions, a smaller forest.
  // Small exports keep nearly all of their TF-IDF: a few hundred questions have no redundancy to
  // compress, and the few words that tell two questions apart would be blurred.
  const dims = large ? Math.min(o.dims, 64) : n <= SMALL ? Math.max(o.dims, o.smallDims) : o.dims;
  const embed = (docs: readonly FeatureDoc[]) => {
    const matrix = tfidfMatrix(docs, { wordWeight: o.wordWeight, maxGram });
    const sample = sampleRows(matrix, large ? Math.min(o.sampleSize, 10_000) : o.sampleSize, o.seed);
    if (sample === matrix) return { matrix, projection: embedRows(matrix, { dims, seed: o.seed }) };
    const projection = fitProjection(sample, { dims, seed: o.seed });
    return { matrix, projection: { dims: projection.dims, vectors: project(matrix, projection) } };
  };
  let { matrix, projection } = embed(items);
  let vectors = projection.vectors;
  stage(`features ${matrix.cols} columns, ${matrix.values.length} non-zeros; svd`);
  let evidence: AnswerEvidence | undefined;
  if (options.replies && !large) {
    evidence = answerEvidence(
      items.map((item) => item.members.slice(0, MAX_REPLIES_PER_ITEM).flatMap((text) => options.replies![text] ?? [])),
      vectors,
      projection.dims,
      { places: options.places, lang: (item) => langs[items[item]!.first], tokens: (item) => items[item]!.tokens },
    );
    stage(`answers: ${evidence.families} informative answer families`);
    if (n <= SMALL && o.answerWords && evidence.families > 0) {
      // A question is also what it was answered with: the company's saved replies name the matter
      // in the same words ("terugbetaling", "voorraad") however customers put it. Only words that
      // customers use too are added; a template's own phrasing would split a topic by template.
      const customerWords = wordsOfQuestions(items, CUSTOMER_WORD_MIN_QUESTIONS);
      const docs = items.map((item, i) =>
        withAnswerWords(
          item,
          evidence!.answerTokens(i).filter((t) => customerWords.has(t)),
        ),
      );
      if (docs.some((doc, i) => doc !== items[i])) {
        ({ matrix, projection } = embed(docs));
        vectors = projection.vectors;
      }
      stage('features with answer words; svd');
    }
  }
  const k = Math.min(cut ? o.coarseNeighbours : o.neighbours, n - 1);
  // Up to the large-input cut-off, more candidates are found and re-ranked by exact similarity.
  const candidates = large ? k : Math.min(k + o.exactCandidates, n - 1);
  const approximate = nearestNeighbours(vectors, projection.dims, {
    k: candidates,
    seed: o.seed + 1,
    trees: large ? 4 : 8,
    leafSize: large ? 32 : 48,
    refineRounds: large ? 1 : 2,
  });
  const knn = candidates > k ? rerankByExactSimilarity(approximate, matrix, k) : approximate;
  stage('neighbours');
  if (evidence) linkByAnswers(knn, evidence, vectors, projection.dims);
  if (o.sharpen !== 1) for (let i = 0; i < knn.sims.length; i++) knn.sims[i] = Math.max(0, knn.sims[i]!) ** o.sharpen;
  // In small exports, questions that share neighbours belong together more than their words alone say
  // (on banking77, above SMALL, it splits intents less well: ARI 0.374 against 0.389).
  const topicWeights = n <= SMALL && o.sharedNeighbours > 0 ? sharedNeighbourWeights(knn, o.sharedNeighbours) : knn.sims;
  const knnEdges = knnGraph(n, k, knn.ids, topicWeights, o.minSimilarity ** o.sharpen);
  const graph = inCommunity && !cut && o.communityDegreePower > 0 ? normalisedByDegree(knnEdges, o.communityDegreePower) : knnEdges;
  const resolution = cut ? o.coarseResolution : effectiveResolution(o.resolution, n, o.minResolution);
  const { communities } = louvain(graph, { resolution, seed: o.seed + 2 });
  stage(cut ? 'coarse communities' : 'louvain');
  if (cut) return { clustering: { ...unclustered(items, itemOf, vectors, projection.dims), answers: evidence }, coarse: communities };

  dropOutliers(communities, vectors, projection.dims, o.minMemberSimilarity);
  const kept = keepLargeCommunities(communities, items, o.minSize, o.minUnique);
  const fine = finePartition(knn, Math.min(o.subtopicNeighbours, k), o.minSimilarity ** o.sharpen, resolution, o.seed + 3);
  const split = splitSubtopics(
    kept,
    fine,
    items.map((item) => item.members.length),
    vectors,
    projection.dims,
    // Small exports: fragments of one question first find each other. Large ones keep the finer
    // sub-topics of smallest-first (banking77 search: success@3 0.881 against 0.875 closest-first).
    { maxSimilarity: o.subtopicMaxSimilarity, minUnique: o.subtopicMinUnique, undersizedFirst: n <= SMALL ? 'closest' : 'smallest' },
  );
  // Look-alikes apart: a group whose questions got clearly different answers is more than one question.
  const apart = evidence ? splitByAnswers(split, evidence, vectors, projection.dims) : split;
  const { itemCluster, clusters, itemSubtopic, subtopicCluster } =
    n <= SMALL && o.fragmentRatio > 0
      ? mergeFragments(
          kept,
          apart.itemSubtopic,
          apart.subtopicCluster,
          vectors,
          projection.dims,
          { ratio: o.fragmentRatio, answerRatio: o.fragmentAnswerRatio, minSimilarity: o.minQuestionSimilarity, minUnique: o.minUnique },
          evidence,
        )
      : { itemCluster: kept, clusters: countOf(kept), ...apart };
  stage(`subtopics ${subtopicCluster.length}`);
  if (o.outlierSimilarity > 0 || o.outlierAnswerShare > 0) {
    const joined = reduceOutliers(
      { itemCluster, itemSubtopic, subtopicCluster },
      vectors,
      projection.dims,
      {
        minSimilarity: o.outlierSimilarity > 0 ? o.outlierSimilarity : Infinity,
        margin: o.outlierMargin,
        answerShare: o.outlierAnswerShare > 0 ? o.outlierAnswerShare : Infinity,
        answerMinSimilarity: o.outlierAnswerSimilarity,
      },
      evidence,
    );
    stage(`outliers: ${joined} one-offs joined a topic`);
  }
  return {
    clustering: {
      items,
      itemOf,
      itemCluster,
      clusters,
      itemSubtopic,
      subtopicCluster,
      vectors,
      dims: projection.dims,
      answers: evidence,
      smallExportRules: n <= SMALL,
    },
  };
}

/** Items with nothing clustered yet. */
function unclustered(items: UniqueItem[], itemOf: Int32Array, vectors: Float32Array, dims: number): Clustering {
  const none = new Int32Array(items.length).fill(-1);
  return {
    items,
    itemOf,
    itemCluster: none,
    clusters: 0,
    itemSubtopic: none,
    subtopicCluster: new Int32Array(0),
    vectors,
    dims,
    smallExportRules: items.length <= SMALL,
  };
}

/**
 * Specific questions: Louvain's first level on a sparser graph that keeps only each item's few
 * closest neighbours. The topic graph's denser links join related questions ("card fees" and
 * "transfer fees") early; here they stay apart until the sub-topic merge decides.
 */
function finePartition(knn: Neighbours, k: number, minSimilarity: number, resolution: number, seed: number): Int32Array {
  const n = knn.ids.length / knn.k;
  const ids = new Int32Array(n * k);
  const sims = new Float32Array(n * k);
  const slots = Array.from({ length: knn.k }, (_, s) => s);
  for (let i = 0; i < n; i++) {
    const base = i * knn.k;
    slots.sort((a, b) => knn.sims[base + b]! - knn.sims[base + a]! || a - b);
    for (let s = 0; s < k; s++) {
      ids[i * k + s] = knn.ids[base + slots[s]!]!;
      sims[i * k + s] = knn.sims[base + slots[s]!]!;
    }
  }
  const { levels, communities } = louvain(knnGraph(n, k, ids, sims, minSimilarity), { resolution, seed, maxLevels: 1 });
  return levels[0] ?? communities;
}

/** Words used in at least `minItems` distinct questions. */
function wordsOfQuestions(items: readonly UniqueItem[], minItems: number): Set<string> {
  const count = new Map<string, number>();
  for (const item of items) for (const token of new Set(item.tokens)) count.set(token, (count.get(token) ?? 0) + 1);
  return new Set([...count].filter(([, c]) => c >= minItems).map(([t]) => t));
}

function withAnswerWords(item: UniqueItem, answerWords: readonly string[]): FeatureDoc {
  return answerWords.length === 0 ? item : { tokens: [...item.tokens, ...answerWords], words: item.words };
}

/** Louvain places every node somewhere: a one-off question far from its community centre becomes its own community. */
function dropOutliers(communities: Int32Array, vectors: Float32Array, dims: number, minSimilarity: number): void {
  let count = 0;
  for (const c of communities) count = Math.max(count, c + 1);
  const centres = new Float64Array(count * dims);
  for (let i = 0; i < communities.length; i++) {
    const o = communities[i]! * dims;
    for (let d = 0; d < dims; d++) centres[o + d]! += vectors[i * dims + d]!;
  }
  const norms = new Float64Array(count);
  for (let c = 0; c < count; c++) {
    let sum = 0;
    for (let d = 0; d < dims; d++) sum += centres[c * dims + d]! ** 2;
    norms[c] = Math.sqrt(sum) || 1;
  }
  let next = count;
  for (let i = 0; i < communities.length; i++) {
    const c = communities[i]!;
    let sim = 0;
    for (let d = 0; d < dims; d++) sim += centres[c * dims + d]! * vectors[i * dims + d]!;
    if (sim / norms[c]! < minSimilarity) communities[i] = next++;
  }
}

/**
 * Modularity compares each community with the whole graph, so a resolution that splits 77 intents
 * among 13,000 texts well would shatter an export with a handful of topics. Below a few thousand
 * distinct questions the resolution shrinks in proportion (never below 0.5).
 */
function effectiveResolution(resolution: number, items: number, floor: number): number {
  return Math.min(resolution, Math.max(floor, items / 3000));
}

/** Renumbers communities by size (largest first) and drops those below the minimum sizes. */
function keepLargeCommunities(communities: Int32Array, items: UniqueItem[], minSize: number, minUnique: number): Int32Array {
  const size = new Map<number, number>();
  const unique = new Map<number, number>();
  for (let i = 0; i < items.length; i++) {
    const c = communities[i]!;
    size.set(c, (size.get(c) ?? 0) + items[i]!.members.length);
    unique.set(c, (unique.get(c) ?? 0) + 1);
  }
  const kept = [...size.keys()].filter((c) => size.get(c)! >= minSize && unique.get(c)! >= minUnique).sort((a, b) => size.get(b)! - size.get(a)! || a - b);
  const rank = new Map(kept.map((c, index) => [c, index]));
  return communities.map((c) => rank.get(c) ?? -1);
}

function countOf(assignment: Int32Array): number {
  let count = 0;
  for (const c of assignment) count = Math.max(count, c + 1);
  return count;
}

function sampleRows(matrix: SparseMatrix, sampleSize: number, seed: number): SparseMatrix {
  if (matrix.rows <= sampleSize) return matrix;
  const chosen = shuffledRange(matrix.rows, seededRandom(seed + 3))
    .slice(0, sampleSize)
    .sort();
  const rowPtr = new Int32Array(chosen.length + 1);
  for (let r = 0; r < chosen.length; r++) {
    const row = chosen[r]!;
    rowPtr[r + 1] = rowPtr[r]! + matrix.rowPtr[row + 1]! - matrix.rowPtr[row]!;
  }
  const colIdx = new Int32Array(rowPtr[chosen.length]!);
  const values = new Float32Array(rowPtr[chosen.length]!);
  for (let r = 0; r < chosen.length; r++) {
    const row = chosen[r]!;
    colIdx.set(matrix.colIdx.subarray(matrix.rowPtr[row]!, matrix.rowPtr[row + 1]!), rowPtr[r]!);
    values.set(matrix.values.subarray(matrix.rowPtr[row]!, matrix.rowPtr[row + 1]!), rowPtr[r]!);
  }
  return { rows: chosen.length, cols: matrix.cols, rowPtr, colIdx, values };
}
