// One question, one group. Louvain and the sub-topic split sometimes cut one question into two
// groups ("Waar blijft mijn bestelling?" and "Mijn pakket is nog niet bezorgd"), even in two
// clusters. Two groups are merged when their members are, on average, about as similar to each
// other as each group's members are among themselves (average linkage relative to the groups' own
// tightness, so no absolute similarity needs to suit every export), or when the company answered
// both with the same informative answer.
import type { AnswerEvidence } from './answers.ts';

export type FragmentOptions = {
  /** Merge when cross similarity ≥ ratio × the geometric mean of the two groups' own similarity. */
  ratio: number;
  /** With the same dominant answer family, this lower ratio suffices. */
  answerRatio: number;
  /**
   * A question less similar than this to its merged group's centre leaves it (a one-off glued on
   * by a neighbour); a group left with fewer than `minUnique` distinct questions goes with it.
   */
  minSimilarity?: number;
  minUnique?: number;
};

type Group = { sum: Float64Array; items: number; cluster: number; family: Map<number, number> };

export type Regrouped = { itemCluster: Int32Array; clusters: number; itemSubtopic: Int32Array; subtopicCluster: Int32Array };

/**
 * Merges sub-topics that are fragments of one question (a fragment from another cluster moves to
 * the cluster of the larger one), then numbers clusters largest first and sub-topics by cluster,
 * largest first, leaving out emptied ones.
 */
export function mergeFragments(
  itemCluster: Int32Array,
  itemSubtopic: Int32Array,
  subtopicCluster: Int32Array,
  vectors: Float32Array,
  dims: number,
  options: FragmentOptions,
  evidence?: AnswerEvidence,
): Regrouped {
  const groups: Group[] = Array.from(subtopicCluster, (cluster) => ({ sum: new Float64Array(dims), items: 0, cluster, family: new Map() }));
  for (let item = 0; item < itemSubtopic.length; item++) {
    const s = itemSubtopic[item]!;
    if (s < 0) continue;
    const group = groups[s]!;
    group.items++;
    for (let d = 0; d < dims; d++) group.sum[d]! += vectors[item * dims + d]!;
    const family = evidence?.familyOf[item] ?? -1;
    if (family >= 0) group.family.set(family, (group.family.get(family) ?? 0) + 1);
  }
  const target = Int32Array.from(groups, (_, i) => i);
  const alive = groups.map((group) => group.items > 0);
  for (;;) {
    let best: [number, number] | undefined;
    let bestScore = 0;
    for (let a = 0; a < groups.length; a++) {
      if (!alive[a]) continue;
      for (let b = a + 1; b < groups.length; b++) {
        if (!alive[b]) continue;
        const score = mergeScore(groups[a]!, groups[b]!, options);
        if (score > bestScore) [best, bestScore] = [[a, b], score];
      }
    }
    if (!best) break;
    const [keep, drop] = groups[best[0]]!.items >= groups[best[1]]!.items ? best : [best[1], best[0]];
    const into = groups[keep]!;
    const from = groups[drop]!;
    for (let d = 0; d < dims; d++) into.sum[d]! += from.sum[d]!;
    into.items += from.items;
    for (const [family, count] of from.family) into.family.set(family, (into.family.get(family) ?? 0) + count);
    alive[drop] = false;
    target[drop] = keep;
  }
  const root = (s: number): number => (target[s] === s ? s : (target[s] = root(target[s]!)));
  const { minSimilarity = -Infinity, minUnique = 1 } = options;
  const kept = new Int32Array(groups.length);
  const norms = groups.map((group) => Math.sqrt(dot(group.sum, group.sum)) || 1);
  for (let item = 0; item < itemSubtopic.length; item++) {
    const s = itemSubtopic[item]!;
    if (s < 0) continue;
    const r = root(s);
    const stays = similarityToCentre(item, groups[r]!.sum, norms[r]!, vectors, dims) >= minSimilarity;
    itemSubtopic[item] = stays ? r : -1;
    itemCluster[item] = stays ? groups[r]!.cluster : -1;
    if (stays) kept[r]!++;
  }
  for (let item = 0; item < itemSubtopic.length; item++) {
    const s = itemSubtopic[item]!;
    if (s >= 0 && kept[s]! < minUnique) itemSubtopic[item] = itemCluster[item] = -1;
  }
  return renumbered(itemCluster, itemSubtopic);
}

/** Clusters largest first (by distinct questions), sub-topics by cluster then largest first; empty ones dropped. */
function renumbered(itemCluster: Int32Array, itemSubtopic: Int32Array): Regrouped {
  const clusterSize = new Map<number, number>();
  const subtopicSize = new Map<number, number>();
  const parent = new Map<number, number>();
  itemCluster.forEach((cluster, item) => {
    if (cluster < 0) return;
    clusterSize.set(cluster, (clusterSize.get(cluster) ?? 0) + 1);
    const subtopic = itemSubtopic[item]!;
    subtopicSize.set(subtopic, (subtopicSize.get(subtopic) ?? 0) + 1);
    parent.set(subtopic, cluster);
  });
  const clusterOrder = [...clusterSize.keys()].sort((a, b) => clusterSize.get(b)! - clusterSize.get(a)! || a - b);
  const clusterRank = new Map(clusterOrder.map((cluster, rank) => [cluster, rank]));
  const subtopicOrder = [...subtopicSize.keys()].sort(
    (a, b) => clusterRank.get(parent.get(a)!)! - clusterRank.get(parent.get(b)!)! || subtopicSize.get(b)! - subtopicSize.get(a)! || a - b,
  );
  const subtopicRank = new Map(subtopicOrder.map((subtopic, rank) => [subtopic, rank]));
  return {
    itemCluster: itemCluster.map((cluster) => (cluster < 0 ? -1 : clusterRank.get(cluster)!)),
    clusters: clusterOrder.length,
    itemSubtopic: itemSubtopic.map((subtopic) => (subtopic < 0 ? -1 : subtopicRank.get(subtopic)!)),
    subtopicCluster: Int32Array.from(subtopicOrder, (subtopic) => clusterRank.get(parent.get(subtopic)!)!),
  };
}

// --- internal ---

/** > 0 when the pair should merge: how far above the threshold it is. */
function mergeScore(a: Group, b: Group, options: FragmentOptions): number {
  const cross = dot(a.sum, b.sum) / (a.items * b.items);
  const within = Math.sqrt(ownSimilarity(a) * ownSimilarity(b));
  if (within <= 0) return 0;
  const ratio = cross / within;
  const shared = sameAnswer(a, b);
  const needed = shared ? options.answerRatio : options.ratio;
  return ratio >= needed ? ratio - needed + (shared ? 1 : 0) : 0;
}

/** Mean similarity of a group's distinct members to each other (1 for a single member). */
function ownSimilarity(group: Group): number {
  if (group.items < 2) return 1;
  return Math.max(1e-6, (dot(group.sum, group.sum) - group.items) / (group.items * (group.items - 1)));
}

/** Both groups' most frequent informative answer is the same, and it covers most of their answered members. */
function sameAnswer(a: Group, b: Group): boolean {
  const top = (group: Group): number | undefined => {
    let best: number | undefined;
    let count = 0;
    let total = 0;
    for (const [family, n] of group.family) {
      total += n;
      if (n > count) [best, count] = [family, n];
    }
    return count >= 2 && count * 2 > total ? best : undefined;
  };
  const fa = top(a);
  return fa !== undefined && fa === top(b);
}

function similarityToCentre(item: number, centre: Float64Array, norm: number, vectors: Float32Array, dims: number): number {
  let sum = 0;
  for (let d = 0; d < dims; d++) sum += vectors[item * dims + d]! * centre[d]!;
  return sum / norm;
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let d = 0; d < a.length; d++) sum += a[d]! * b[d]!;
  return sum;
}
