// `npm run bench -- cluster --data <csv> [--data <csv> ...]`: clusters every text of the given
// `text,category` CSVs (pooled) through the same code path as `mine`, without being told k, and
// scores it against the categories, next to a TF-IDF + k-means baseline that is given the true k.
// The main scores are without the editor rules (slots kept as words), `editorRules` with them.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { clusterTexts } from '#lib/mine/index.ts';
import { scoreClustering } from './_metrics.ts';
import { seededRandom } from '#lib/mine/random.ts';

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
  // The intent split (no editor rules) is what this benchmark has always measured; the editor rules
  // (slots set aside: one article per answer) are measured beside it.
  const editor = scoreClustering(truth, clusterTexts(texts, { ...(option('seed') !== undefined && { seed: option('seed')! }) }).assignments);
  const result = clusterTexts(texts, {
    slots: false,
    // The intent split: one flat pass, no communities mined on their own.
    coarseResolution: 0,
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
    editorRules: { nmi: round(editor.nmi), ari: round(editor.ari), acc: round(editor.acc) },
  };
}

function readRows(file: string): { text: string; category: string }[] {
  const records = parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true, bom: true }) as Record<string, string>[];
  if (records.length > 0 && (!('text' in records[0]!) || !('category' in records[0]!))) {
    throw new Error(`${file}: expected columns text,category`);
  }
  return records.map((r) => ({ text: r['text'] ?? '', category: r['category'] ?? '' }));
}

// The plain baseline: TF-IDF of lower-cased words (no stemming, no n-grams) and spherical k-means
// with k-means++ seeding, given the true number of categories.
export function kmeansBaseline(texts: readonly string[], k: number, seed: number): number[] {
  const vocabulary = new Map<string, number>();
  const docs = texts.map((text) => {
    const counts = new Map<number, number>();
    for (const word of text.toLowerCase().match(/\p{L}[\p{L}\p{N}']+|\p{N}+/gu) ?? []) {
      let id = vocabulary.get(word);
      if (id === undefined) vocabulary.set(word, (id = vocabulary.size));
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  });
  const df = new Float64Array(vocabulary.size);
  for (const doc of docs) for (const id of doc.keys()) df[id]!++;
  const vectors = docs.map((doc) => {
    const entries = [...doc].map(([id, tf]) => [id, tf * (Math.log((1 + texts.length) / (1 + df[id]!)) + 1)] as const);
    const norm = Math.sqrt(entries.reduce((s, [, v]) => s + v * v, 0)) || 1;
    return entries.map(([id, v]) => [id, v / norm] as const);
  });
  const random = seededRandom(seed);
  const dims = vocabulary.size;
  const centroids = seedPlusPlus(vectors, k, dims, random);
  const assignment = new Array<number>(vectors.length).fill(0);
  for (let iteration = 0; iteration < 50; iteration++) {
    let changed = 0;
    vectors.forEach((vector, i) => {
      let best = 0;
      let bestSim = -Infinity;
      for (let c = 0; c < k; c++) {
        let sim = 0;
        for (const [id, v] of vector) sim += v * centroids[c]![id]!;
        if (sim > bestSim) [best, bestSim] = [c, sim];
      }
      if (assignment[i] !== best) changed++;
      assignment[i] = best;
    });
    for (const centroid of centroids) centroid.fill(0);
    vectors.forEach((vector, i) => {
      for (const [id, v] of vector) centroids[assignment[i]!]![id]! += v;
    });
    for (const centroid of centroids) {
      const norm = Math.sqrt(centroid.reduce((s, v) => s + v * v, 0)) || 1;
      for (let d = 0; d < dims; d++) centroid[d]! /= norm;
    }
    if (changed === 0) break;
  }
  return assignment;
}

function seedPlusPlus(vectors: (readonly (readonly [number, number])[])[], k: number, dims: number, random: () => number): Float64Array[] {
  const centroids: Float64Array[] = [];
  const distance = new Float64Array(vectors.length).fill(Infinity);
  let pick = Math.floor(random() * vectors.length);
  while (centroids.length < k) {
    const centroid = new Float64Array(dims);
    for (const [id, v] of vectors[pick]!) centroid[id] = v;
    centroids.push(centroid);
    let total = 0;
    vectors.forEach((vector, i) => {
      let sim = 0;
      for (const [id, v] of vector) sim += v * centroid[id]!;
      distance[i] = Math.min(distance[i]!, Math.max(0, 1 - sim));
      total += distance[i]!;
    });
    let target = random() * total;
    pick = 0;
    for (let i = 0; i < vectors.length; i++) {
      target -= distance[i]!;
      if (target <= 0) {
        pick = i;
        break;
      }
    }
  }
  return centroids;
}
