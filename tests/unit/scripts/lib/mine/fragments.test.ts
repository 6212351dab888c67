import { describe, expect, it } from 'vitest';
import { mergeFragments } from '#lib/mine/fragments.ts';

function unitRows(rows: number[][]): Float32Array {
  return Float32Array.from(rows.flatMap((row) => row.map((v) => v / Math.hypot(...row))));
}

describe('mergeFragments', () => {
  // Items 0–1 and 2–3 are two halves of one question (in two clusters); items 4–5 ask something else.
  const rows = [
    [1, 0.3, 0],
    [1, 0.1, 0.1],
    [1, 0.2, 0],
    [0.9, 0.3, 0.1],
    [0, 0.2, 1],
    [0.1, 0, 1],
  ];
  const vectors = unitRows(rows);
  const options = { ratio: 0.7, answerRatio: 0.5 };

  it('merges sub-topics that are as close to each other as their own members are, across clusters', () => {
    const merged = mergeFragments(Int32Array.from([0, 0, 1, 1, 2, 2]), Int32Array.from([0, 0, 1, 1, 2, 2]), Int32Array.from([0, 1, 2]), vectors, 3, options);
    expect(merged.itemSubtopic[0]).toBe(merged.itemSubtopic[2]);
    expect(merged.itemCluster[0]).toBe(merged.itemCluster[3]);
    expect(merged.itemSubtopic[4]).not.toBe(merged.itemSubtopic[0]);
    expect(merged.clusters).toBe(2);
    expect(merged.subtopicCluster.length).toBe(2);
  });

  it('leaves unclustered items unclustered', () => {
    const merged = mergeFragments(Int32Array.from([0, 0, -1, -1, 1, 1]), Int32Array.from([0, 0, -1, -1, 1, 1]), Int32Array.from([0, 1]), vectors, 3, options);
    expect([merged.itemCluster[2], merged.itemSubtopic[3]]).toEqual([-1, -1]);
    expect(merged.clusters).toBe(2);
  });

  it('lets a question glued on by one neighbour go once the fragments are merged, and a group left too small with it', () => {
    // Items 0–3 are one question in two fragments; item 6 (a different question) sits in the first
    // fragment. Items 4–5 are a pair, and item 7 a stray far from both of them.
    const glued = unitRows([...rows, [0.2, 1, 0.1], [0.6, 0, -1]]);
    const subtopics = Int32Array.from([0, 0, 1, 1, 2, 2, 0, 2]);
    const trimmed = mergeFragments(subtopics.slice(), subtopics.slice(), Int32Array.from([0, 1, 2]), glued, 3, {
      ...options,
      minSimilarity: 0.6,
      minUnique: 3,
    });
    expect(trimmed.itemSubtopic[6]).toBe(-1);
    expect(new Set([0, 1, 2, 3].map((item) => trimmed.itemSubtopic[item]))).toEqual(new Set([0]));
    // The pair loses its stray and is then too small to stand alone.
    expect([4, 5, 7].map((item) => trimmed.itemCluster[item])).toEqual([-1, -1, -1]);
    expect(trimmed.clusters).toBe(1);
    // Without the bar, every question stays where the merge put it.
    const untrimmed = mergeFragments(subtopics.slice(), subtopics.slice(), Int32Array.from([0, 1, 2]), glued, 3, options);
    expect(untrimmed.itemSubtopic[6]).toBe(untrimmed.itemSubtopic[0]);
  });
});
