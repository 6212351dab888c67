import { describe, expect, it } from 'vitest';
import { splitSubtopics } from '#lib/mine/subtopics.ts';

const DIMS = 3;
/** Unit vectors, one per item. */
const vectorsOf = (rows: number[][]): Float32Array =>
  Float32Array.from(
    rows.flatMap((row) => {
      const norm = Math.hypot(...row);
      return row.map((v) => v / norm);
    }),
  );

describe('splitSubtopics', () => {
  // Cluster 0: fine communities 0 and 2 ask the same thing (x axis), 1 something else (y axis),
  // 3 is a one-phrasing leftover near the y question. Cluster 1 is one fine community. Item 9 is unclustered.
  const itemCluster = Int32Array.from([0, 0, 0, 0, 0, 0, 0, 0, 1, -1, 1]);
  const fine = Int32Array.from([0, 0, 1, 1, 2, 2, 3, 1, 4, 5, 4]);
  const weights = [3, 3, 3, 3, 3, 3, 2, 1, 5, 1, 5];
  const vectors = vectorsOf([
    [1, 0.05, 0],
    [1, 0, 0.05],
    [0.05, 1, 0],
    [0, 1, 0.05],
    [1, 0.02, 0.02],
    [1, 0.04, 0],
    [0.1, 1, 0.1],
    [0, 1, 0],
    [0, 0, 1],
    [1, 1, 1],
    [0.05, 0, 1],
  ]);
  const { itemSubtopic, subtopicCluster } = splitSubtopics(itemCluster, fine, weights, vectors, DIMS, { maxSimilarity: 0.9, minUnique: 2 });

  it('keeps distinct questions apart and merges near-identical ones and leftovers', () => {
    expect(subtopicCluster).toEqual(Int32Array.from([0, 0, 1]));
    const x = itemSubtopic[0];
    const y = itemSubtopic[2];
    expect(x).not.toBe(y);
    expect([itemSubtopic[1], itemSubtopic[4], itemSubtopic[5]]).toEqual([x, x, x]);
    expect([itemSubtopic[3], itemSubtopic[6], itemSubtopic[7]]).toEqual([y, y, y]);
  });

  it('numbers sub-topics by cluster, largest first, and leaves unclustered items out', () => {
    expect(itemSubtopic[0]).toBe(0); // 12 texts against 9
    expect(itemSubtopic[8]).toBe(2);
    expect(itemSubtopic[10]).toBe(2);
    expect(itemSubtopic[9]).toBe(-1);
  });

  it('keeps a cluster whole when its parts are one question', () => {
    const whole = splitSubtopics(itemCluster, fine, weights, vectors, DIMS, { maxSimilarity: 0, minUnique: 2 });
    expect(whole.subtopicCluster).toEqual(Int32Array.from([0, 1]));
  });

  it('lets undersized fragments of one question find each other before a stray question picks a side', () => {
    // Question P in two fragments (items 0-1 and 2), question Q whole (items 3-5), and item 6 in
    // between: nearest to P's small fragment, but nearer to Q than to P once P is whole.
    const cluster = Int32Array.from([0, 0, 0, 0, 0, 0, 0]);
    const fragments = Int32Array.from([0, 0, 1, 2, 2, 2, 3]);
    const stray = vectorsOf([
      [1, 0, 0],
      [1, 0, 0],
      [1, 0.3, 0],
      [0, 1, 0],
      [0, 1, 0],
      [0, 1, 0],
      [0.6, 0.8, 0],
    ]);
    const weights = [5, 5, 5, 5, 5, 5, 1];
    const { itemSubtopic } = splitSubtopics(cluster, fragments, weights, stray, DIMS, { maxSimilarity: 0.99, minUnique: 3, undersizedFirst: 'closest' });
    expect(itemSubtopic[2]).toBe(itemSubtopic[0]);
    expect(itemSubtopic[6]).toBe(itemSubtopic[3]);
    expect(itemSubtopic[0]).not.toBe(itemSubtopic[3]);
    // Smallest first (large exports, finer intents), the stray question joins the fragment nearest to it.
    const smallest = splitSubtopics(cluster, fragments, weights, stray, DIMS, { maxSimilarity: 0.99, minUnique: 3, undersizedFirst: 'smallest' }).itemSubtopic;
    expect(smallest[6]).toBe(smallest[0]);
  });
});
