// Outlier reduction (as BERTopic's `reduce_outliers`): a question left as a one-off joins a topic
// when the company answered it with that topic's own specific reply, or when it sits close to one
// topic's centre and clearly closer to it than to any other. Questions asked once about something
// else stay out: their reply is another one, and no topic centre is near.
import type { AnswerEvidence } from './answers.ts';

export type OutlierOptions = {
  /** Joins by words alone: at least this similar to the nearest sub-topic's centre, and as similar as its loosest quarter of members… */
  minSimilarity: number;
  /** …and this much more similar to it than to the nearest sub-topic of another cluster. */
  margin: number;
  /** Joins by answer: the topic holds at least this share of the clustered questions with the same reply… */
  answerShare: number;
  /** …and the question is at least this similar to the topic's centre (the reply may be a template sent for two matters). */
  answerMinSimilarity: number;
};

export type Assignment = { itemCluster: Int32Array; itemSubtopic: Int32Array; subtopicCluster: Int32Array };

/** Assigns one-off items (itemCluster -1) in place; returns how many joined a topic. */
export function reduceOutliers(assignment: Assignment, vectors: Float32Array, dims: number, options: OutlierOptions, evidence?: AnswerEvidence): number {
  const { itemCluster, itemSubtopic, subtopicCluster } = assignment;
  const centres = subtopicCentres(itemSubtopic, subtopicCluster.length, vectors, dims);
  const bars = memberBars(itemSubtopic, centres, vectors, dims);
  const byAnswer = evidence ? answerTopics(evidence, itemSubtopic, subtopicCluster, options.answerShare) : new Map<number, number>();
  const joins: [number, number][] = [];
  for (let item = 0; item < itemCluster.length; item++) {
    if (itemCluster[item]! >= 0) continue;
    const similarities = centres.map((centre) => dot(centre, vectors, item * dims, dims));
    const family = evidence?.familyOf[item] ?? -1;
    const answered = family >= 0 ? byAnswer.get(family) : undefined;
    if (answered !== undefined) {
      const inTopic = bestIn(similarities, (s) => subtopicCluster[s] === subtopicCluster[answered]);
      if (inTopic.similarity >= options.answerMinSimilarity) {
        joins.push([item, inTopic.index]);
        continue;
      }
    }
    const nearest = bestIn(similarities, () => true);
    if (nearest.index < 0 || nearest.similarity < Math.max(options.minSimilarity, bars[nearest.index]!)) continue;
    const rival = bestIn(similarities, (s) => subtopicCluster[s] !== subtopicCluster[nearest.index]);
    if (nearest.similarity - Math.max(0, rival.similarity) >= options.margin) joins.push([item, nearest.index]);
  }
  // Decided against the topics as mining left them, so the order of one-offs changes nothing.
  for (const [item, subtopic] of joins) {
    itemSubtopic[item] = subtopic;
    itemCluster[item] = subtopicCluster[subtopic]!;
  }
  return joins.length;
}

/** Unit-length centre of every sub-topic (zero when empty). */
function subtopicCentres(itemSubtopic: Int32Array, count: number, vectors: Float32Array, dims: number): Float64Array[] {
  const centres = Array.from({ length: count }, () => new Float64Array(dims));
  itemSubtopic.forEach((subtopic, item) => {
    if (subtopic < 0) return;
    const centre = centres[subtopic]!;
    for (let d = 0; d < dims; d++) centre[d]! += vectors[item * dims + d]!;
  });
  for (const centre of centres) {
    const norm = Math.sqrt(centre.reduce((sum, v) => sum + v * v, 0)) || 1;
    for (let d = 0; d < dims; d++) centre[d]! /= norm;
  }
  return centres;
}

/**
 * How similar to its centre a sub-topic's loosest quarter of members is: a tight topic ("het slot
 * gaat niet open") takes only questions as close as its own, a loose one takes looser ones.
 */
function memberBars(itemSubtopic: Int32Array, centres: readonly Float64Array[], vectors: Float32Array, dims: number): number[] {
  const similarities: number[][] = centres.map(() => []);
  itemSubtopic.forEach((subtopic, item) => {
    if (subtopic >= 0) similarities[subtopic]!.push(dot(centres[subtopic]!, vectors, item * dims, dims));
  });
  return similarities.map((values) => {
    values.sort((a, b) => a - b);
    return values.length === 0 ? Infinity : values[Math.floor(values.length * LOOSEST_QUARTER)]!;
  });
}

const LOOSEST_QUARTER = 0.25;

/** The sub-topic that holds most of each informative family's clustered questions, when it holds at least `share` of them. */
function answerTopics(evidence: AnswerEvidence, itemSubtopic: Int32Array, subtopicCluster: Int32Array, share: number): Map<number, number> {
  const topics = new Map<number, number>();
  evidence.itemsOf.forEach((items, family) => {
    const perCluster = new Map<number, number>();
    const perSubtopic = new Map<number, number>();
    let clustered = 0;
    for (const item of items) {
      const subtopic = itemSubtopic[item]!;
      if (subtopic < 0) continue;
      clustered++;
      perCluster.set(subtopicCluster[subtopic]!, (perCluster.get(subtopicCluster[subtopic]!) ?? 0) + 1);
      perSubtopic.set(subtopic, (perSubtopic.get(subtopic) ?? 0) + 1);
    }
    const [cluster, count] = [...perCluster].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0] ?? [-1, 0];
    if (clustered < 2 || count < share * clustered) return;
    const [subtopic] = [...perSubtopic].filter(([s]) => subtopicCluster[s] === cluster).sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]!;
    topics.set(family, subtopic);
  });
  return topics;
}

function bestIn(similarities: readonly number[], allowed: (subtopic: number) => boolean): { index: number; similarity: number } {
  let best = { index: -1, similarity: -Infinity };
  similarities.forEach((similarity, index) => {
    if (allowed(index) && similarity > best.similarity) best = { index, similarity };
  });
  return best;
}

function dot(centre: Float64Array, vectors: Float32Array, offset: number, dims: number): number {
  let sum = 0;
  for (let d = 0; d < dims; d++) sum += centre[d]! * vectors[offset + d]!;
  return sum;
}
