// Louvain modularity optimisation (Blondel et al. 2008) on a compressed sparse graph. It picks the
// number of communities itself. Written on typed arrays rather than graphology so that a graph of
// a few hundred thousand nodes stays fast and small; nodes are visited in a seeded order, so the
// result is deterministic.
import { seededRandom, shuffledRange } from './random.ts';

/** Undirected weighted graph: each edge appears in both endpoints' lists; self-loops once. */
export type Graph = { nodes: number; ptr: Int32Array; adj: Int32Array; weight: Float64Array };

export type LouvainOptions = { resolution?: number; seed: number; maxLevels?: number };

/** Community of every node, numbered 0..count-1 by first appearance. */
export function louvain(graph: Graph, options: LouvainOptions): { communities: Int32Array; count: number; levels: Int32Array[] } {
  const { resolution = 1, seed, maxLevels = 20 } = options;
  const random = seededRandom(seed);
  let membership = new Int32Array(graph.nodes);
  for (let i = 0; i < graph.nodes; i++) membership[i] = i;
  let current = graph;
  const levels: Int32Array[] = [];
  for (let level = 0; level < maxLevels; level++) {
    const { community, moved } = moveNodes(current, resolution, random);
    const { renumbered, count } = renumber(community);
    membership = membership.map((c) => renumbered[c]!);
    levels.push(membership);
    if (!moved || count === current.nodes) break;
    current = aggregate(current, renumbered, count);
  }
  const { renumbered, count } = renumber(membership);
  return { communities: renumbered, count, levels };
}

function moveNodes(graph: Graph, resolution: number, random: () => number): { community: Int32Array; moved: boolean } {
  const n = graph.nodes;
  const community = Int32Array.from({ length: n }, (_, i) => i);
  const degree = weightedDegrees(graph);
  const total = degree.slice();
  let twiceWeight = 0;
  for (const d of degree) twiceWeight += d;
  if (twiceWeight === 0) return { community, moved: false };
  const linkWeight = new Float64Array(n);
  const touched = new Int32Array(n);
  const order = shuffledRange(n, random);
  let moved = false;
  for (let pass = 0; pass < 50; pass++) {
    let moves = 0;
    for (const node of order) {
      const own = community[node]!;
      let touchedCount = 0;
      for (let p = graph.ptr[node]!; p < graph.ptr[node + 1]!; p++) {
        const other = graph.adj[p]!;
        if (other === node) continue;
        const c = community[other]!;
        if (linkWeight[c] === 0) touched[touchedCount++] = c;
        linkWeight[c]! += graph.weight[p]!;
      }
      total[own]! -= degree[node]!;
      const factor = (resolution * degree[node]!) / twiceWeight;
      let best = own;
      let bestGain = linkWeight[own]! - total[own]! * factor;
      for (let t = 0; t < touchedCount; t++) {
        const c = touched[t]!;
        const gain = linkWeight[c]! - total[c]! * factor;
        if (gain > bestGain + 1e-12 || (Math.abs(gain - bestGain) <= 1e-12 && c < best)) {
          best = c;
          bestGain = gain;
        }
      }
      for (let t = 0; t < touchedCount; t++) linkWeight[touched[t]!] = 0;
      linkWeight[own] = 0;
      total[best]! += degree[node]!;
      if (best !== own) {
        community[node] = best;
        moves++;
      }
    }
    if (moves === 0) break;
    moved = true;
  }
  return { community, moved };
}

function renumber(community: Int32Array): { renumbered: Int32Array; count: number } {
  const map = new Map<number, number>();
  const renumbered = new Int32Array(community.length);
  for (let i = 0; i < community.length; i++) {
    let id = map.get(community[i]!);
    if (id === undefined) {
      id = map.size;
      map.set(community[i]!, id);
    }
    renumbered[i] = id;
  }
  return { renumbered, count: map.size };
}

function aggregate(graph: Graph, community: Int32Array, count: number): Graph {
  const members: number[][] = Array.from({ length: count }, () => []);
  for (let i = 0; i < graph.nodes; i++) members[community[i]!]!.push(i);
  const ptr = new Int32Array(count + 1);
  const adj: number[] = [];
  const weight: number[] = [];
  const sum = new Float64Array(count);
  const touched: number[] = [];
  for (let c = 0; c < count; c++) {
    for (const node of members[c]!) {
      for (let p = graph.ptr[node]!; p < graph.ptr[node + 1]!; p++) {
        const target = community[graph.adj[p]!]!;
        if (sum[target] === 0) touched.push(target);
        sum[target]! += graph.weight[p]!;
      }
    }
    touched.sort((a, b) => a - b);
    for (const target of touched) {
      adj.push(target);
      weight.push(sum[target]!);
      sum[target] = 0;
    }
    touched.length = 0;
    ptr[c + 1] = adj.length;
  }
  return { nodes: count, ptr, adj: Int32Array.from(adj), weight: Float64Array.from(weight) };
}

/**
 * The same graph with every edge divided by (degree of one end × degree of the other) ** power; 0.5
 * is the symmetric normalisation of spectral clustering. Modularity compares a community's links
 * with the whole graph's: where near-identical questions make part of the graph many times denser
 * than the rest, the sparse part's topics look weak beside it and merge (the resolution limit).
 * Normalised, every question weighs about the same, however densely its neighbours are worded.
 */
export function normalisedByDegree(graph: Graph, power: number): Graph {
  const degree = weightedDegrees(graph);
  const weight = new Float64Array(graph.weight.length);
  for (let node = 0; node < graph.nodes; node++) {
    for (let e = graph.ptr[node]!; e < graph.ptr[node + 1]!; e++) {
      weight[e] = graph.weight[e]! / (degree[node]! * degree[graph.adj[e]!]!) ** power;
    }
  }
  return { ...graph, weight };
}

/** The sum of every node's edge weights. */
function weightedDegrees(graph: Graph): Float64Array {
  const degree = new Float64Array(graph.nodes);
  for (let node = 0; node < graph.nodes; node++) {
    for (let e = graph.ptr[node]!; e < graph.ptr[node + 1]!; e++) degree[node]! += graph.weight[e]!;
  }
  return degree;
}

/** Symmetric graph from k-nearest-neighbour lists, keeping edges with similarity above `minSim`. */
export function knnGraph(n: number, k: number, ids: Int32Array, sims: Float32Array, minSim: number): Graph {
  const listed = (owner: number, other: number): boolean => {
    for (let s = 0; s < k; s++) if (ids[owner * k + s] === other) return true;
    return false;
  };
  // An edge listed by both ends is added once, by its smaller end.
  const keep = new Uint8Array(n * k);
  const degree = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    for (let s = 0; s < k; s++) {
      const j = ids[i * k + s]!;
      if (j < 0 || j === i || sims[i * k + s]! < minSim) continue;
      if (j < i && listed(j, i) && sims[j * k + slotOf(ids, j, i, k)]! >= minSim) continue;
      keep[i * k + s] = 1;
      degree[i]!++;
      degree[j]!++;
    }
  }
  const ptr = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) ptr[i + 1] = ptr[i]! + degree[i]!;
  const fill = ptr.slice(0, n);
  const adj = new Int32Array(ptr[n]!);
  const weight = new Float64Array(ptr[n]!);
  for (let i = 0; i < n; i++) {
    for (let s = 0; s < k; s++) {
      if (!keep[i * k + s]) continue;
      const j = ids[i * k + s]!;
      const w = sims[i * k + s]!;
      adj[fill[i]!] = j;
      weight[fill[i]!++] = w;
      adj[fill[j]!] = i;
      weight[fill[j]!++] = w;
    }
  }
  return { nodes: n, ptr, adj, weight };
}

function slotOf(ids: Int32Array, owner: number, other: number, k: number): number {
  for (let s = 0; s < k; s++) if (ids[owner * k + s] === other) return s;
  return -1;
}
