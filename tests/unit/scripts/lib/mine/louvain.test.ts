import { describe, expect, it } from 'vitest';
import { knnGraph, louvain, normalisedByDegree, type Graph } from '#lib/mine/louvain.ts';

/** A symmetric graph from weighted edges (each listed once). */
function graphOf(nodes: number, edges: readonly [number, number, number][]): Graph {
  const k = nodes - 1;
  const ids = new Int32Array(nodes * k).fill(-1);
  const sims = new Float32Array(nodes * k);
  const used = new Int32Array(nodes);
  for (const [a, b, w] of edges) {
    ids[a * k + used[a]!] = b;
    sims[a * k + used[a]!++] = w;
  }
  return knnGraph(nodes, k, ids, sims, 0);
}

const pairs = (from: number, to: number, weight: number): [number, number, number][] =>
  Array.from({ length: to - from }, (_, i) => from + i).flatMap((a) =>
    Array.from({ length: to - a - 1 }, (_, j) => [a, a + j + 1, weight] as [number, number, number]),
  );

// Two small topics asked in varied words (weak links inside, a few weaker ones between them) next
// to a template asked forty times in near-identical words.
const TOPIC_A = [0, 6];
const TOPIC_B = [6, 12];
const TEMPLATE = [12, 52];
const edges = [
  ...pairs(TOPIC_A[0]!, TOPIC_A[1]!, 0.1),
  ...pairs(TOPIC_B[0]!, TOPIC_B[1]!, 0.1),
  [0, 6, 0.03],
  [1, 7, 0.03],
  ...pairs(TEMPLATE[0]!, TEMPLATE[1]!, 0.9),
  [11, 12, 0.05],
] as [number, number, number][];

const sameCommunity = (communities: Int32Array, a: number, b: number) => communities[a] === communities[b];

describe('normalisedByDegree', () => {
  it('keeps two weakly linked topics apart beside a dense template, where plain modularity merges them', () => {
    const graph = graphOf(52, edges);
    const plain = louvain(graph, { resolution: 0.5, seed: 1 }).communities;
    const normalised = louvain(normalisedByDegree(graph, 0.5), { resolution: 0.5, seed: 1 }).communities;
    const alone = louvain(
      graphOf(
        12,
        edges.filter(([a, b]) => a < 12 && b < 12),
      ),
      { resolution: 0.5, seed: 1 },
    ).communities;
    expect(sameCommunity(alone, 0, 6)).toBe(false);
    expect(sameCommunity(plain, 0, 6)).toBe(true);
    expect(sameCommunity(normalised, 0, 6)).toBe(false);
    for (const communities of [plain, normalised]) {
      expect(sameCommunity(communities, 0, 5)).toBe(true);
      expect(sameCommunity(communities, 6, 11)).toBe(true);
      expect(sameCommunity(communities, 12, 51)).toBe(true);
    }
  });

  it('divides each edge by the product of its ends’ degrees to the power', () => {
    const graph = graphOf(3, [
      [0, 1, 2],
      [1, 2, 1],
    ]);
    const normalised = normalisedByDegree(graph, 0.5);
    const weightOf = (g: Graph, a: number, b: number) => {
      for (let e = g.ptr[a]!; e < g.ptr[a + 1]!; e++) if (g.adj[e] === b) return g.weight[e]!;
      return 0;
    };
    expect(weightOf(normalised, 0, 1)).toBeCloseTo(2 / Math.sqrt(2 * 3));
    expect(weightOf(normalised, 1, 0)).toBeCloseTo(2 / Math.sqrt(2 * 3));
    expect(weightOf(normalised, 1, 2)).toBeCloseTo(1 / Math.sqrt(3 * 1));
    expect(normalisedByDegree(graph, 0).weight).toEqual(graph.weight);
  });
});
