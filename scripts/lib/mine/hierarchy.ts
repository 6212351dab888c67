// One miner for every size: an export with more distinct questions than the editor rules can afford
// at once is first cut into coarse communities (related questions: everything about deliveries,
// everything about bills), and each community is then mined as a small export of its own. A topic
// asked among 100,000 other messages meets the same rules, with the same neighbours, as it does alone.
import type { Clustering } from './cluster.ts';

/** A subset of the texts, mined as an export of its own (the caller slices langs, replies, normalised texts). */
export type ClusterSubset = (texts: readonly number[]) => Clustering;

/** Combines the coarse clustering's items with each community's own clusters and sub-topics. */
export function refineCommunities(coarse: Clustering, communities: Int32Array, clusterSubset: ClusterSubset): Clustering {
  const n = coarse.items.length;
  const itemCluster = new Int32Array(n).fill(-1);
  const itemSubtopic = new Int32Array(n).fill(-1);
  const subtopicCluster: number[] = [];
  let clusters = 0;
  for (const members of itemsByCommunity(communities)) {
    const texts = members.flatMap((item) => coarse.items[item]!.members).sort((a, b) => a - b);
    const local = new Map(texts.map((text, index) => [text, index]));
    const fine = clusterSubset(texts);
    for (const item of members) {
      const own = fine.itemOf[local.get(coarse.items[item]!.first)!]!;
      const cluster = fine.itemCluster[own]!;
      if (cluster < 0) continue;
      itemCluster[item] = clusters + cluster;
      itemSubtopic[item] = subtopicCluster.length + fine.itemSubtopic[own]!;
    }
    for (const parent of fine.subtopicCluster) subtopicCluster.push(clusters + parent);
    clusters += fine.clusters;
  }
  return { ...coarse, ...dropEmpty(itemCluster, itemSubtopic, Int32Array.from(subtopicCluster), clusters) };
}

/** Items of every community, communities in order of their first item. */
function itemsByCommunity(communities: Int32Array): number[][] {
  const byCommunity = new Map<number, number[]>();
  communities.forEach((community, item) => {
    let members = byCommunity.get(community);
    if (!members) byCommunity.set(community, (members = []));
    members.push(item);
  });
  return [...byCommunity.values()];
}

/**
 * Renumbers clusters largest first (in items) and sub-topics densely; a cluster or sub-topic whose
 * items all mapped elsewhere (a coarse item split differently by its community) goes.
 */
function dropEmpty(itemCluster: Int32Array, itemSubtopic: Int32Array, subtopicCluster: Int32Array, clusters: number) {
  const size = new Int32Array(clusters);
  for (const c of itemCluster) if (c >= 0) size[c]!++;
  const order = [...size.keys()].filter((c) => size[c]! > 0).sort((a, b) => size[b]! - size[a]! || a - b);
  const clusterRank = new Int32Array(clusters).fill(-1);
  order.forEach((c, rank) => (clusterRank[c] = rank));
  const used = new Int32Array(subtopicCluster.length);
  for (const s of itemSubtopic) if (s >= 0) used[s] = 1;
  const subtopicRank = new Int32Array(subtopicCluster.length).fill(-1);
  const parents: number[] = [];
  subtopicCluster.forEach((parent, s) => {
    if (!used[s]) return;
    subtopicRank[s] = parents.length;
    parents.push(clusterRank[parent]!);
  });
  return {
    itemCluster: itemCluster.map((c) => (c >= 0 ? clusterRank[c]! : -1)),
    itemSubtopic: itemSubtopic.map((s) => (s >= 0 ? subtopicRank[s]! : -1)),
    subtopicCluster: Int32Array.from(parents),
    clusters: order.length,
  };
}
