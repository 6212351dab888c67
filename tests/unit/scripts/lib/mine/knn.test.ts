import { describe, expect, it } from 'vitest';
import type { SparseMatrix } from '#lib/mine/features.ts';
import { nearestNeighbours, rerankByExactSimilarity, selectSmallest, sharedNeighbourWeights } from '#lib/mine/knn.ts';
import { seededRandom } from '#lib/mine/random.ts';

describe('selectSmallest', () => {
  it('puts the smallest keys first and keeps ids with their keys', () => {
    const random = seededRandom(7);
    for (const size of [1, 2, 3, 10, 101, 1000]) {
      // Few distinct values, so ties are common.
      const keys = Float64Array.from({ length: size }, () => Math.floor(random() * 20));
      const ids = Int32Array.from({ length: size }, (_, i) => i);
      const original = keys.slice();
      const count = size >> 1;
      selectSmallest(ids, keys, count);
      const first = Math.max(-Infinity, ...keys.subarray(0, count));
      const rest = Math.min(Infinity, ...keys.subarray(count));
      expect(first).toBeLessThanOrEqual(rest);
      expect([...ids].sort((a, b) => a - b)).toEqual([...Array(size).keys()]);
      ids.forEach((id, position) => expect(keys[position]).toBe(original[id]));
    }
  });
});

describe('nearestNeighbours', () => {
  it('finds nearly all true cosine neighbours of clustered points', () => {
    const random = seededRandom(3);
    const dims = 16;
    const n = 3000;
    const centres = Array.from({ length: 30 }, () => Array.from({ length: dims }, () => random() - 0.5));
    const vectors = new Float32Array(n * dims);
    for (let i = 0; i < n; i++) {
      const centre = centres[i % centres.length]!;
      let norm = 0;
      for (let d = 0; d < dims; d++) {
        const value = centre[d]! + (random() - 0.5) * 0.3;
        vectors[i * dims + d] = value;
        norm += value * value;
      }
      for (let d = 0; d < dims; d++) vectors[i * dims + d]! /= Math.sqrt(norm);
    }
    const k = 10;
    const { ids } = nearestNeighbours(vectors, dims, { k, seed: 1, trees: 4, leafSize: 32, refineRounds: 1 });
    let found = 0;
    for (let i = 0; i < n; i += 30) {
      const exact = [...Array(n).keys()]
        .filter((j) => j !== i)
        .map((j) => ({ j, sim: [...Array(dims).keys()].reduce((s, d) => s + vectors[i * dims + d]! * vectors[j * dims + d]!, 0) }))
        .sort((a, b) => b.sim - a.sim)
        .slice(0, k)
        .map(({ j }) => j);
      const approximate = new Set(ids.subarray(i * k, (i + 1) * k));
      found += exact.filter((j) => approximate.has(j)).length;
    }
    expect(found / ((n / 30) * k)).toBeGreaterThan(0.9);
  });
});

describe('rerankByExactSimilarity', () => {
  // Three items whose reduced vectors cannot tell candidates 1 and 2 apart for item 0; the sparse
  // TF-IDF rows can: item 0 shares its distinguishing word with item 2 only.
  const matrix: SparseMatrix = {
    rows: 3,
    cols: 3,
    rowPtr: Int32Array.from([0, 2, 4, 6]),
    colIdx: Int32Array.from([0, 2, 0, 1, 0, 2]),
    values: Float32Array.from([Math.SQRT1_2, Math.SQRT1_2, Math.SQRT1_2, Math.SQRT1_2, Math.SQRT1_2, Math.SQRT1_2]),
  };
  const candidates = {
    k: 2,
    ids: Int32Array.from([1, 2, 0, 2, 0, 1]),
    sims: Float32Array.from([0.9, 0.9, 0.9, 0.5, 0.9, 0.5]),
  };

  it('keeps the candidates that are closest once the exact similarity is counted', () => {
    const reranked = rerankByExactSimilarity(candidates, matrix, 1);
    expect(reranked.k).toBe(1);
    expect([...reranked.ids]).toEqual([2, 0, 0]);
    // Mean of the reduced similarity (0.9) and the exact cosine (1 for identical rows).
    expect(reranked.sims[0]).toBeCloseTo(0.95, 5);
  });

  it('leaves missing candidates empty instead of inventing neighbours', () => {
    const sparse = { k: 2, ids: Int32Array.from([1, -1, 0, -1, -1, -1]), sims: Float32Array.from([0.8, -Infinity, 0.8, -Infinity, -Infinity, -Infinity]) };
    const reranked = rerankByExactSimilarity(sparse, matrix, 2);
    expect([...reranked.ids]).toEqual([1, -1, 0, -1, -1, -1]);
  });
});

describe('sharedNeighbourWeights', () => {
  // Items 0–2 are each other's neighbours; item 3 lists 0 but its other neighbours lie elsewhere (4, 5).
  const knn = {
    k: 2,
    ids: Int32Array.from([1, 2, 0, 2, 0, 1, 0, 4, 3, 5, 4, 3]),
    sims: Float32Array.from([0.8, 0.7, 0.8, 0.6, 0.7, 0.6, 0.5, 0.4, 0.4, 0.9, 0.9, 0.3]),
  };

  it('keeps the link between questions with the same neighbours and weakens a look-alike whose neighbours lie elsewhere', () => {
    const weights = sharedNeighbourWeights(knn, 0.7);
    // {0,1,2} and {1,0,2}: all shared.
    expect(weights[0]).toBeCloseTo(0.8);
    // {3,0,4} and {0,1,2}: one of five shared.
    expect(weights[6]).toBeCloseTo(0.5 * (0.3 + 0.7 * (1 / 5)));
    expect(weights[6]! / knn.sims[6]!).toBeLessThan(weights[7]! / knn.sims[7]!);
  });

  it('changes nothing with a share of 0', () => {
    expect(Array.from(sharedNeighbourWeights(knn, 0))).toEqual(Array.from(knn.sims));
  });
});
