// Approximate cosine k-nearest neighbours on L2-normalised dense vectors: a random-projection
// forest proposes candidates (each leaf compares its members), then one or two rounds of
// neighbour-of-neighbour refinement (NN-descent) fix most misses. Near-linear in the number of
// points, so a million messages never meet a quadratic step.
import type { SparseMatrix } from './features.ts';
import { seededRandom } from './random.ts';

export type Neighbours = { k: number; ids: Int32Array; sims: Float32Array };

export type KnnOptions = { k: number; trees?: number; leafSize?: number; refineRounds?: number; seed: number };

export function nearestNeighbours(vectors: Float32Array, dims: number, options: KnnOptions): Neighbours {
  const n = vectors.length / dims;
  const { k, trees = 8, leafSize = 48, refineRounds = 2, seed } = options;
  const ids = new Int32Array(n * k).fill(-1);
  const sims = new Float32Array(n * k).fill(-Infinity);
  const minSlot = new Int32Array(n);
  const random = seededRandom(seed);
  const dot = (a: number, b: number): number => {
    let sum = 0;
    const oa = a * dims;
    const ob = b * dims;
    for (let d = 0; d < dims; d++) sum += vectors[oa + d]! * vectors[ob + d]!;
    return sum;
  };
  const offer = (i: number, j: number, sim: number): void => {
    const base = i * k;
    if (sim <= sims[base + minSlot[i]!]!) return;
    for (let s = 0; s < k; s++) if (ids[base + s] === j) return;
    ids[base + minSlot[i]!] = j;
    sims[base + minSlot[i]!] = sim;
    let lowest = 0;
    for (let s = 1; s < k; s++) if (sims[base + s]! < sims[base + lowest]!) lowest = s;
    minSlot[i] = lowest;
  };
  const compareAll = (members: Int32Array): void => {
    for (let a = 0; a < members.length; a++) {
      for (let b = a + 1; b < members.length; b++) {
        const i = members[a]!;
        const j = members[b]!;
        const sim = dot(i, j);
        offer(i, j, sim);
        offer(j, i, sim);
      }
    }
  };
  const all = new Int32Array(n);
  for (let i = 0; i < n; i++) all[i] = i;
  for (let t = 0; t < trees; t++) splitInto(all.slice(), vectors, dims, leafSize, random, compareAll);
  for (let round = 0; round < refineRounds; round++) refine(n, k, ids, dot, offer);
  return { k, ids, sims };
}

/**
 * Keeps each item's `k` best candidates by the mean of the reduced (SVD) similarity and the exact
 * TF-IDF cosine. The reduction blurs the few words that set look-alike questions apart ("spare card"
 * and "physical card"); the sparse vectors still have them. Linear in the candidates: for every
 * item its row is scattered once and each candidate row is read once.
 */
export function rerankByExactSimilarity(candidates: Neighbours, matrix: SparseMatrix, k: number): Neighbours {
  const n = candidates.ids.length / candidates.k;
  const { rowPtr, colIdx, values } = matrix;
  const scattered = new Float32Array(matrix.cols);
  const ids = new Int32Array(n * k).fill(-1);
  const sims = new Float32Array(n * k);
  const order = Array.from({ length: candidates.k }, (_, s) => s);
  const blended = new Float64Array(candidates.k);
  for (let i = 0; i < n; i++) {
    for (let p = rowPtr[i]!; p < rowPtr[i + 1]!; p++) scattered[colIdx[p]!] = values[p]!;
    const base = i * candidates.k;
    for (let s = 0; s < candidates.k; s++) {
      const j = candidates.ids[base + s]!;
      if (j < 0) {
        blended[s] = -Infinity;
        continue;
      }
      let exact = 0;
      for (let p = rowPtr[j]!; p < rowPtr[j + 1]!; p++) exact += scattered[colIdx[p]!]! * values[p]!;
      blended[s] = (candidates.sims[base + s]! + exact) / 2;
    }
    for (let p = rowPtr[i]!; p < rowPtr[i + 1]!; p++) scattered[colIdx[p]!] = 0;
    order.sort((a, b) => blended[b]! - blended[a]! || candidates.ids[base + a]! - candidates.ids[base + b]!);
    for (let s = 0; s < k && s < candidates.k; s++) {
      if (blended[order[s]!] === -Infinity) break;
      ids[i * k + s] = candidates.ids[base + order[s]!]!;
      sims[i * k + s] = blended[order[s]!]!;
    }
  }
  return { k, ids, sims };
}

/**
 * Edge weights that also count shared neighbours: each similarity scaled by
 * `(1 - share) + share × J`, where J is the Jaccard overlap of the two items' neighbour lists (each
 * with the item itself). Questions worded apart whose neighbours overlap keep their link; a
 * look-alike whose other neighbours lie elsewhere is linked more weakly (shared-nearest-neighbour
 * weighting, as in Jarvis–Patrick clustering).
 */
export function sharedNeighbourWeights(knn: Neighbours, share: number): Float32Array {
  const { k, ids, sims } = knn;
  const n = ids.length / k;
  const lists = Array.from({ length: n }, (_, i) => {
    const list = [i];
    for (let s = 0; s < k; s++) if (ids[i * k + s]! >= 0) list.push(ids[i * k + s]!);
    return Int32Array.from(new Set(list)).sort();
  });
  const weights = new Float32Array(sims.length);
  for (let i = 0; i < n; i++) {
    for (let s = 0; s < k; s++) {
      const j = ids[i * k + s]!;
      if (j < 0) continue;
      const shared = sortedOverlap(lists[i]!, lists[j]!);
      const jaccard = shared / (lists[i]!.length + lists[j]!.length - shared);
      weights[i * k + s] = sims[i * k + s]! * (1 - share + share * jaccard);
    }
  }
  return weights;
}

function sortedOverlap(a: Int32Array, b: Int32Array): number {
  let count = 0;
  for (let x = 0, y = 0; x < a.length && y < b.length;) {
    if (a[x] === b[y]) {
      count++;
      x++;
      y++;
    } else if (a[x]! < b[y]!) x++;
    else y++;
  }
  return count;
}

/** Recursively halves `members` at the median of a random direction until leaves are small. */
function splitInto(
  members: Int32Array,
  vectors: Float32Array,
  dims: number,
  leafSize: number,
  random: () => number,
  onLeaf: (members: Int32Array) => void,
): void {
  const stack: Int32Array[] = [members];
  const direction = new Float32Array(dims);
  while (stack.length > 0) {
    const set = stack.pop()!;
    if (set.length <= leafSize) {
      onLeaf(set);
      continue;
    }
    const a = set[Math.floor(random() * set.length)]!;
    let b = set[Math.floor(random() * set.length)]!;
    if (a === b) b = set[(set.indexOf(a) + 1) % set.length]!;
    for (let d = 0; d < dims; d++) direction[d] = vectors[a * dims + d]! - vectors[b * dims + d]!;
    const projections = new Float64Array(set.length);
    for (let i = 0; i < set.length; i++) {
      let sum = 0;
      const o = set[i]! * dims;
      for (let d = 0; d < dims; d++) sum += vectors[o + d]! * direction[d]!;
      // A tiny index-based tie-break keeps identical vectors from piling into one side.
      projections[i] = sum + (i % 2 === 0 ? 1e-9 : -1e-9) * random();
    }
    const half = set.length >> 1;
    selectSmallest(set, projections, half);
    stack.push(set.slice(0, half));
    stack.push(set.slice(half));
  }
}

/**
 * Reorders `ids` (and their `keys` alongside) so that the `count` smallest keys come first, in no
 * particular order: a median split in linear time, where sorting would cost a log factor.
 */
export function selectSmallest(ids: Int32Array, keys: Float64Array, count: number): void {
  let low = 0;
  let high = ids.length - 1;
  const swap = (a: number, b: number): void => {
    [ids[a], ids[b]] = [ids[b]!, ids[a]!];
    [keys[a], keys[b]] = [keys[b]!, keys[a]!];
  };
  while (low < high) {
    // Median of three as the pivot: deterministic, and fine on sorted runs.
    const middle = (low + high) >> 1;
    if (keys[middle]! < keys[low]!) swap(middle, low);
    if (keys[high]! < keys[low]!) swap(high, low);
    if (keys[high]! < keys[middle]!) swap(high, middle);
    const pivot = keys[middle]!;
    let i = low;
    let j = high;
    while (i <= j) {
      while (keys[i]! < pivot) i++;
      while (keys[j]! > pivot) j--;
      if (i <= j) swap(i++, j--);
    }
    if (count - 1 <= j) high = j;
    else if (count - 1 >= i) low = i;
    else return;
  }
}

function refine(n: number, k: number, ids: Int32Array, dot: (a: number, b: number) => number, offer: (i: number, j: number, sim: number) => void): void {
  const snapshot = ids.slice();
  // Neighbour lists overlap: each candidate is compared with i once (a repeated offer changes nothing).
  const seenBy = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    for (let s = 0; s < k; s++) {
      const j = snapshot[i * k + s]!;
      if (j < 0) continue;
      for (let t = 0; t < k; t++) {
        const candidate = snapshot[j * k + t]!;
        if (candidate < 0 || candidate === i || seenBy[candidate] === i) continue;
        seenBy[candidate] = i;
        const sim = dot(i, candidate);
        offer(i, candidate, sim);
        offer(candidate, i, sim);
      }
    }
  }
}
