// External clustering metrics shared by the benchmarks. `predicted` uses -1 for unclustered
// texts; they count as singletons for NMI, ARI and ACC, and are left out of purity, coverage and
// duplicate rate (which describe the clusters that were found).

export type ClusteringScores = {
  nmi: number;
  ari: number;
  acc: number;
  purity: number;
  coverage: number;
  duplicateRate: number;
};

export function scoreClustering(truth: readonly string[], predicted: ArrayLike<number>): ClusteringScores {
  const labels = withSingletons(predicted);
  const table = contingency(truth, labels);
  return {
    nmi: nmi(table),
    ari: ari(table),
    acc: hungarianAccuracy(table),
    ...clusterQuality(truth, predicted),
  };
}

function withSingletons(predicted: ArrayLike<number>): number[] {
  let next = 0;
  for (let i = 0; i < predicted.length; i++) next = Math.max(next, predicted[i]! + 1);
  return Array.from(predicted, (c) => (c < 0 ? next++ : c));
}

type Table = { counts: Map<string, Map<number, number>>; total: number; rowSums: Map<string, number>; colSums: Map<number, number> };

function contingency(truth: readonly string[], labels: readonly number[]): Table {
  const counts = new Map<string, Map<number, number>>();
  const rowSums = new Map<string, number>();
  const colSums = new Map<number, number>();
  for (let i = 0; i < truth.length; i++) {
    const t = truth[i]!;
    const c = labels[i]!;
    const row = counts.get(t) ?? new Map<number, number>();
    row.set(c, (row.get(c) ?? 0) + 1);
    counts.set(t, row);
    rowSums.set(t, (rowSums.get(t) ?? 0) + 1);
    colSums.set(c, (colSums.get(c) ?? 0) + 1);
  }
  return { counts, total: truth.length, rowSums, colSums };
}

const entropy = (sums: Iterable<number>, total: number): number => {
  let h = 0;
  for (const s of sums) if (s > 0) h -= (s / total) * Math.log(s / total);
  return h;
};

/** Normalised mutual information, arithmetic-mean normalisation (as scikit-learn's default). */
export function nmi(table: Table): number {
  const { counts, total, rowSums, colSums } = table;
  let mutual = 0;
  for (const [t, row] of counts) {
    for (const [c, count] of row) {
      mutual += (count / total) * Math.log((count * total) / (rowSums.get(t)! * colSums.get(c)!));
    }
  }
  const denominator = (entropy(rowSums.values(), total) + entropy(colSums.values(), total)) / 2;
  return denominator === 0 ? 1 : mutual / denominator;
}

/** Adjusted Rand index (Hubert & Arabie). */
export function ari(table: Table): number {
  const pairs = (x: number): number => (x * (x - 1)) / 2;
  let index = 0;
  for (const row of table.counts.values()) for (const count of row.values()) index += pairs(count);
  let rows = 0;
  for (const s of table.rowSums.values()) rows += pairs(s);
  let cols = 0;
  for (const s of table.colSums.values()) cols += pairs(s);
  const expected = (rows * cols) / pairs(table.total);
  const max = (rows + cols) / 2;
  return max === expected ? 1 : (index - expected) / (max - expected);
}

/** Accuracy under the best one-to-one mapping of clusters to categories (Hungarian method). */
export function hungarianAccuracy(table: Table): number {
  const categories = [...table.rowSums.keys()];
  const clusters = [...table.colSums.keys()].filter((c) => categories.some((t) => table.counts.get(t)!.has(c)));
  const cost = categories.map((t) => clusters.map((c) => -(table.counts.get(t)!.get(c) ?? 0)));
  const transposed = categories.length > clusters.length;
  const matrix = transposed ? clusters.map((_, j) => cost.map((row) => row[j]!)) : cost;
  const assignment = hungarian(matrix);
  let matched = 0;
  assignment.forEach((col, row) => {
    if (col >= 0) matched -= matrix[row]![col]!;
  });
  return matched / table.total;
}

/** Minimum-cost assignment of every row to a distinct column (rows ≤ columns). */
export function hungarian(cost: number[][]): number[] {
  const n = cost.length;
  const m = n === 0 ? 0 : cost[0]!.length;
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const p = new Int32Array(m + 1);
  const way = new Int32Array(m + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Float64Array(m + 1).fill(Infinity);
    const used = new Uint8Array(m + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = cost[i0 - 1]![j - 1]! - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]!]! += delta;
          v[j]! -= delta;
        } else minv[j]! -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  const result = new Array<number>(n).fill(-1);
  for (let j = 1; j <= m; j++) if (p[j]! > 0) result[p[j]! - 1] = j - 1;
  return result;
}

function clusterQuality(truth: readonly string[], predicted: ArrayLike<number>): Pick<ClusteringScores, 'purity' | 'coverage' | 'duplicateRate'> {
  const byCluster = new Map<number, Map<string, number>>();
  let clustered = 0;
  for (let i = 0; i < truth.length; i++) {
    const c = predicted[i]!;
    if (c < 0) continue;
    clustered++;
    const row = byCluster.get(c) ?? new Map<string, number>();
    row.set(truth[i]!, (row.get(truth[i]!) ?? 0) + 1);
    byCluster.set(c, row);
  }
  const majorities = [...byCluster.values()].map((row) => {
    let best = '';
    let bestCount = -1;
    let size = 0;
    for (const [t, count] of [...row].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      size += count;
      if (count > bestCount) [best, bestCount] = [t, count];
    }
    return { category: best, count: bestCount, size };
  });
  const purity = clustered === 0 ? 0 : majorities.reduce((sum, m) => sum + m.count, 0) / clustered;
  const categories = new Set(truth);
  const covered = new Set(majorities.map((m) => m.category));
  const largest = new Map<string, number>();
  for (const m of majorities) largest.set(m.category, Math.max(largest.get(m.category) ?? 0, m.size));
  const duplicates = majorities.filter((m) => m.size < largest.get(m.category)!).length;
  return {
    purity,
    coverage: categories.size === 0 ? 0 : covered.size / categories.size,
    duplicateRate: majorities.length === 0 ? 0 : duplicates / majorities.length,
  };
}
