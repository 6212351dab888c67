import { describe, expect, it } from 'vitest';
import { mergeFragments } from '#lib/mine/fragments.ts';

function unitRows(rows: number[][]): Float32Array {
  return Float32Array.from(rows.flatMap((row) => row.map((v) => v / Math.hypot(...row))));
}

describe('mergeFragments', () => {
  // Items 0–1 and 2–3 are two halves of one question (in two clusters); items 4–5 ask something else.
  const vectors = unitRows([
    [1, 0.3, 0],
    [1, 0.1, 0.1],
    [1, 0.2, 0],
    [0.9, 0.3, 0.1],
    [0, 0.2, 1],
    [0.1, 0, 1],
  ]);
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
});
