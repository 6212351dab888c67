import { describe, expect, it } from 'vitest';
import { nearestNeighbours, selectSmallest } from '../../../../../scripts/lib/mine/knn.ts';
import { seededRandom } from '../../../../../scripts/lib/mine/random.ts';

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
