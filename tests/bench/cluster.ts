// `npm run bench -- cluster --data <csv> [--data <csv> ...]`: clusters every text of the given
// `text,category` CSVs (pooled) through the same code path as `mine`, without being told k, and
// scores it against the categories, next to a TF-IDF + k-means baseline that is given the true k.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { clusterTexts } from '../../scripts/lib/mine/index.ts';
import { scoreClustering } from './_metrics.ts';
import { kmeansBaseline } from './_kmeans.ts';

export default async function clusterBench(args: string[]): Promise<Record<string, unknown>> {
  const files = args.flatMap((arg, i) => (arg === '--data' && args[i + 1] ? [args[i + 1]!] : []));
  if (files.length === 0) throw new Error('usage: npm run bench -- cluster --data <csv> [--data <csv> ...]');
  const option = (name: string): number | undefined => {
    const at = args.indexOf(`--${name}`);
    return at >= 0 ? Number(args[at + 1]) : undefined;
  };
  const rows = files.flatMap(readRows);
  const texts = rows.map((row) => row.text);
  const truth = rows.map((row) => row.category);
  console.error(`cluster: ${texts.length} texts from ${files.length} file(s)`);
  const started = performance.now();
  const result = clusterTexts(texts, {
    ...(option('seed') !== undefined && { seed: option('seed')! }),
    ...(option('dims') !== undefined && { dims: option('dims')! }),
    ...(option('neighbours') !== undefined && { neighbours: option('neighbours')! }),
    ...(option('resolution') !== undefined && { resolution: option('resolution')! }),
    ...(option('min-similarity') !== undefined && { minSimilarity: option('min-similarity')! }),
  });
  const seconds = (performance.now() - started) / 1000;
  const scores = scoreClustering(truth, result.assignments);
  const unclustered = result.assignments.filter((c) => c < 0).length;
  console.error(`cluster: ${result.clusters} clusters in ${seconds.toFixed(1)} s; baseline k-means…`);
  const k = new Set(truth).size;
  const baseline = scoreClustering(truth, kmeansBaseline(texts, k, 1));
  const round = (x: number): number => Math.round(x * 10000) / 10000;
  return {
    texts: texts.length,
    clusters: result.clusters,
    unclustered: round(unclustered / texts.length),
    nmi: round(scores.nmi),
    ari: round(scores.ari),
    acc: round(scores.acc),
    purity: round(scores.purity),
    coverage: round(scores.coverage),
    duplicateRate: round(scores.duplicateRate),
    seconds: Math.round(seconds * 100) / 100,
    baseline: { nmi: round(baseline.nmi), ari: round(baseline.ari), acc: round(baseline.acc) },
  };
}

function readRows(file: string): { text: string; category: string }[] {
  const records = parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true, bom: true }) as Record<string, string>[];
  if (records.length > 0 && (!('text' in records[0]!) || !('category' in records[0]!))) {
    throw new Error(`${file}: expected columns text,category`);
  }
  return records.map((r) => ({ text: r['text'] ?? '', category: r['category'] ?? '' }));
}
