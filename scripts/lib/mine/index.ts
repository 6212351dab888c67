// Mining recurring questions: detection, near-duplicate collapse, clustering without k, ranking.
// Pure: messages in, a MiningResult out.
import type { Lang } from '#core/text/index.ts';
import { clusterUniqueTexts, type ClusterOptions } from './cluster.ts';
import { detectQuestion, type NoiseReason } from './detect.ts';

export { detectQuestion, type Detection, type NoiseReason } from './detect.ts';
export { clusterUniqueTexts, DEFAULT_CLUSTER_OPTIONS, type ClusterOptions, type Clustering } from './cluster.ts';
export { mineMessages, mineMessagesWithMembers, mineCollected, displayText, type MineOptions } from './mine.ts';
export { collectMessages, mergeCollected, MessageCollector, type Collected } from './collect.ts';
export { isoWeek, trendOf } from './trend.ts';

export type ClusterTextsOptions = ClusterOptions & {
  /** Run question detection first (as `mine` does); noise ends unclustered. Default true. */
  detect?: boolean;
  lang?: Lang;
};

export type ClusterTextsResult = {
  /** Cluster of every input text, -1 when noise or unclustered. Clusters are numbered largest first. */
  assignments: number[];
  clusters: number;
  noise: number;
  noiseByReason: Partial<Record<NoiseReason, number>>;
  /** Texts that were folded into an earlier near-duplicate. */
  duplicatesCollapsed: number;
};

/** Clusters plain texts with the same code path as `mine` (question detection included). */
export function clusterTexts(texts: readonly string[], options: ClusterTextsOptions = {}): ClusterTextsResult {
  const detect = options.detect ?? true;
  const kept: number[] = [];
  const noiseByReason: Partial<Record<NoiseReason, number>> = {};
  texts.forEach((text, index) => {
    const detection = detect ? detectQuestion(text, options.lang) : { isQuestion: true as const };
    if (detection.isQuestion) kept.push(index);
    else noiseByReason[detection.reason] = (noiseByReason[detection.reason] ?? 0) + 1;
  });
  const clustering = clusterUniqueTexts(
    kept.map((i) => texts[i]!),
    { ...options, langs: options.lang ? kept.map(() => options.lang) : [] },
  );
  const assignments = new Array<number>(texts.length).fill(-1);
  kept.forEach((textIndex, keptIndex) => {
    assignments[textIndex] = clustering.itemCluster[clustering.itemOf[keptIndex]!]!;
  });
  return {
    assignments,
    clusters: clustering.clusters,
    noise: texts.length - kept.length,
    noiseByReason,
    duplicatesCollapsed: kept.length - clustering.items.length,
  };
}
