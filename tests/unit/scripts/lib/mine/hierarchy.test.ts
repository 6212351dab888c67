import { describe, expect, it } from 'vitest';
import { clusterUniqueTexts, SMALL, type Clustering } from '#lib/mine/cluster.ts';
import { generateExport } from '#lib/synth/index.ts';
import { refineCommunities } from '#lib/mine/hierarchy.ts';

/** A coarse clustering of `texts` texts in which text i is item i (no duplicates). */
function coarseOf(texts: number): Clustering {
  const none = new Int32Array(texts).fill(-1);
  return {
    items: Array.from({ length: texts }, (_, i) => ({ first: i, core: `t${i}`, normalized: `t${i}`, tokens: [], words: [], members: [i] })),
    itemOf: Int32Array.from({ length: texts }, (_, i) => i),
    itemCluster: none,
    clusters: 0,
    itemSubtopic: none,
    subtopicCluster: new Int32Array(0),
    vectors: new Float32Array(0),
    dims: 0,
    smallExportRules: true,
  };
}

/** A community's own mining: its texts in pairs (0+1, 2+3, …) are clusters, each one sub-topic; an odd last text is a one-off. */
function pairs(texts: readonly number[]): Clustering {
  const own = coarseOf(texts.length);
  const clusters = Math.floor(texts.length / 2);
  const itemCluster = Int32Array.from(texts, (_, i) => (i < clusters * 2 ? Math.floor(i / 2) : -1));
  return { ...own, itemCluster, clusters, itemSubtopic: itemCluster, subtopicCluster: Int32Array.from({ length: clusters }, (_, c) => c) };
}

describe('refineCommunities: every coarse community mined as an export of its own', () => {
  it('hands each community exactly its own texts and maps its clusters back to the export', () => {
    const seen: number[][] = [];
    const communities = Int32Array.from([0, 1, 0, 1, 0, 2]);
    const result = refineCommunities(coarseOf(6), communities, (texts) => {
      seen.push([...texts]);
      return pairs(texts);
    });
    expect(seen).toEqual([[0, 2, 4], [1, 3], [5]]);
    // Community 0: texts 0+2 a cluster, 4 a one-off; community 1: 1+3 a cluster; community 2: a one-off.
    expect(result.itemCluster[0]).toBe(result.itemCluster[2]);
    expect(result.itemCluster[1]).toBe(result.itemCluster[3]);
    expect(result.itemCluster[0]).not.toBe(result.itemCluster[1]);
    expect([result.itemCluster[4], result.itemCluster[5]]).toEqual([-1, -1]);
    expect(result.clusters).toBe(2);
    expect([...result.subtopicCluster].sort()).toEqual([0, 1]);
    expect(result.subtopicCluster[result.itemSubtopic[0]!]).toBe(result.itemCluster[0]);
  });

  it('numbers clusters largest first across communities', () => {
    const communities = Int32Array.from([0, 0, 1, 1, 1, 1]);
    const result = refineCommunities(coarseOf(6), communities, (texts) =>
      texts.length === 4
        ? {
            ...pairs(texts),
            itemCluster: Int32Array.from([0, 0, 0, 0]),
            clusters: 1,
            itemSubtopic: Int32Array.from([0, 0, 0, 0]),
            subtopicCluster: Int32Array.from([0]),
          }
        : pairs(texts),
    );
    expect([...result.itemCluster]).toEqual([1, 1, 0, 0, 0, 0]);
  });
});

describe('clusterUniqueTexts above the small-export size', () => {
  const texts = [...generateExport({ seed: 777, messages: 20_000, weeks: 12 })].filter((row) => row.direction === 'in').map((row) => row.text);

  it('mines each community with the small-export rules (and says so, so the coherence gate holds it to the chance rate)', () => {
    const clustering = clusterUniqueTexts(texts, { seed: 1, langs: texts.map(() => 'nl' as const) });
    expect(clustering.items.length).toBeGreaterThan(SMALL);
    expect(clustering.smallExportRules).toBe(true);
    expect(clustering.clusters).toBeGreaterThan(10);
  });

  it('keeps one flat pass, the intent split, with coarseResolution 0', () => {
    const clustering = clusterUniqueTexts(texts, { seed: 1, coarseResolution: 0, langs: texts.map(() => 'nl' as const) });
    expect(clustering.smallExportRules).toBe(false);
    expect(clustering.clusters).toBeGreaterThan(10);
  });
});
