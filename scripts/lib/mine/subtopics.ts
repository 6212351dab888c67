// Specific questions inside a topic. Louvain's first level (local moves, before aggregation) is a
// finer partition nested in the final communities; it comes for free. Within each cluster those
// small communities are merged while two of them are nearly the same question or one is too small
// to stand alone. A big, loose cluster ("fees": card fees, transfer fees, top-up fees) thus yields
// one sub-topic per specific question, while a tight cluster stays whole.

export type SubtopicOptions = {
  /** Sub-topics whose centres are at least this similar (cosine) are one question. */
  maxSimilarity: number;
  /**
   * Smallest sub-topic, counted in distinct questions: repeats of a few phrasings are one
   * question asked often, not a topic of its own.
   */
  minUnique: number;
  /**
   * Which undersized group joins a sibling first: the closest such pair (fragments of one question
   * find each other before a stray question picks a side), or the smallest group (finer intents).
   */
  undersizedFirst?: 'closest' | 'smallest';
};

export type Subtopics = {
  /** Sub-topic of every unique item, -1 when the item is unclustered. */
  itemSubtopic: Int32Array;
  /** Parent cluster of every sub-topic. */
  subtopicCluster: Int32Array;
};

type Group = { cluster: number; centre: Float64Array; weight: number; items: number[] };

/**
 * `fine` is a partition nested in `itemCluster` (or finer than it); `weights` counts the texts
 * behind every item. Sub-topics are numbered by cluster, then largest first.
 */
export function splitSubtopics(
  itemCluster: Int32Array,
  fine: Int32Array,
  weights: ArrayLike<number>,
  vectors: Float32Array,
  dims: number,
  options: SubtopicOptions,
): Subtopics {
  const byCluster = initialGroups(itemCluster, fine);
  const itemSubtopic = new Int32Array(itemCluster.length).fill(-1);
  const subtopicCluster: number[] = [];
  byCluster.forEach((memberLists, cluster) => {
    const groups = mergeGroups(
      memberLists.map((items) => groupOf(cluster, items, weights, vectors, dims)),
      options,
    );
    groups.sort((a, b) => b.weight - a.weight || a.items[0]! - b.items[0]!);
    for (const group of groups) {
      for (const item of group.items) itemSubtopic[item] = subtopicCluster.length;
      subtopicCluster.push(cluster);
    }
  });
  return { itemSubtopic, subtopicCluster: Int32Array.from(subtopicCluster) };
}

// --- internal ---

/** Items of every cluster, grouped by their fine community (in order of first appearance). */
function initialGroups(itemCluster: Int32Array, fine: Int32Array): number[][][] {
  let clusters = 0;
  for (const c of itemCluster) clusters = Math.max(clusters, c + 1);
  const byCluster: Map<number, number[]>[] = Array.from({ length: clusters }, () => new Map());
  for (let item = 0; item < itemCluster.length; item++) {
    const cluster = itemCluster[item]!;
    if (cluster < 0) continue;
    const groups = byCluster[cluster]!;
    const list = groups.get(fine[item]!);
    if (list) list.push(item);
    else groups.set(fine[item]!, [item]);
  }
  return byCluster.map((groups) => [...groups.values()]);
}

function groupOf(cluster: number, items: number[], weights: ArrayLike<number>, vectors: Float32Array, dims: number): Group {
  const centre = new Float64Array(dims);
  let weight = 0;
  for (const item of items) {
    const w = weights[item]!;
    weight += w;
    for (let d = 0; d < dims; d++) centre[d]! += vectors[item * dims + d]! * w;
  }
  return { cluster, centre, weight, items };
}

/** Merges undersized groups into their nearest siblings (closest first), then the most similar pair, until neither applies. */
function mergeGroups(groups: Group[], options: SubtopicOptions): Group[] {
  const result = [...groups];
  while (result.length > 1) {
    const centres = result.map((group) => unit(group.centre));
    let pair = undersizedMerge(result, centres, options);
    if (!pair) {
      let closest = options.maxSimilarity;
      for (let a = 0; a < result.length; a++) {
        for (let b = a + 1; b < result.length; b++) {
          const sim = cosine(centres[a]!, centres[b]!);
          if (sim >= closest) [pair, closest] = [[a, b], sim];
        }
      }
    }
    if (!pair) break;
    const [keep, drop] = pair;
    const into = result[keep]!;
    const from = result[drop]!;
    for (let d = 0; d < into.centre.length; d++) into.centre[d]! += from.centre[d]!;
    into.weight += from.weight;
    into.items = [...into.items, ...from.items].sort((a, b) => a - b);
    result.splice(drop, 1);
  }
  return result;
}

/**
 * An undersized group and the sibling it joins ([into, from]), or none when every group is big
 * enough: of all such moves the closest, or the smallest group's move to its nearest sibling.
 */
function undersizedMerge(groups: Group[], centres: Float64Array[], options: SubtopicOptions): [number, number] | undefined {
  const undersized = groups.map((_, g) => g).filter((g) => groups[g]!.items.length < options.minUnique);
  const movers =
    options.undersizedFirst === 'smallest' && undersized.length > 0
      ? [undersized.reduce((smallest, g) => (groups[g]!.weight < groups[smallest]!.weight ? g : smallest))]
      : undersized;
  let pair: [number, number] | undefined;
  let bestSim = -Infinity;
  for (const small of movers) {
    groups.forEach((_, g) => {
      if (g === small) return;
      const sim = cosine(centres[small]!, centres[g]!);
      if (sim > bestSim) [pair, bestSim] = [[g, small], sim];
    });
  }
  return pair;
}

function unit(vector: Float64Array): Float64Array {
  let norm = 0;
  for (const v of vector) norm += v * v;
  norm = Math.sqrt(norm) || 1;
  return vector.map((v) => v / norm);
}

function cosine(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let d = 0; d < a.length; d++) sum += a[d]! * b[d]!;
  return sum;
}
