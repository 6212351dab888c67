// Randomised truncated SVD (Halko, Martinsson & Tropp 2011) of a sparse matrix, with plain typed
// arrays: no native dependencies. Dense matrices are row-major; orthonormalisation is Cholesky-QR
// applied twice, which is stable enough after the power iterations.
import type { SparseMatrix } from './features.ts';
import { gaussian, seededRandom } from './random.ts';

export type Projection = { dims: number; cols: number; /** cols × dims, row-major */ basis: Float32Array };

export type SvdOptions = { dims: number; oversample?: number; powerIterations?: number; seed: number };

/** Fits the top right singular vectors of `matrix`: project rows onto them with `project`. */
export function fitProjection(matrix: SparseMatrix, options: SvdOptions): Projection {
  const { oversample = 10, powerIterations = 1, seed } = options;
  const dims = Math.max(1, Math.min(options.dims, matrix.rows - 1, matrix.cols - 1));
  const width = Math.min(dims + oversample, matrix.rows, matrix.cols);
  const normal = gaussian(seededRandom(seed));
  const start = new Float64Array(matrix.rows * width);
  for (let i = 0; i < start.length; i++) start[i] = normal();
  // Only the tall-and-thin sample side is orthonormalised: it has `rows` ≤ sampleSize rows, while the
  // feature side can have far more columns.
  let y = orthonormalize(multiply(matrix, multiplyTransposed(matrix, start, width), width), width);
  for (let q = 0; q < powerIterations; q++) {
    y = orthonormalize(multiply(matrix, multiplyTransposed(matrix, y, width), width), width);
  }
  const q = y;
  const w = multiplyTransposed(matrix, q, width);
  const { values, vectors } = symmetricEigen(gram(w, width), width);
  const order = [...values.keys()].sort((a, b) => values[b]! - values[a]!).slice(0, dims);
  const basis = new Float32Array(matrix.cols * dims);
  for (let k = 0; k < dims; k++) {
    const column = order[k]!;
    const scale = values[column]! > 1e-12 ? 1 / Math.sqrt(values[column]!) : 0;
    for (let c = 0; c < matrix.cols; c++) {
      let sum = 0;
      for (let j = 0; j < width; j++) sum += w[c * width + j]! * vectors[j * width + column]!;
      basis[c * dims + k] = sum * scale;
    }
  }
  return { dims, cols: matrix.cols, basis };
}

/** Rows of `matrix` projected on the basis and L2-normalised: n × dims, row-major. */
export function project(matrix: SparseMatrix, projection: Projection): Float32Array {
  const { dims, basis } = projection;
  const out = new Float32Array(matrix.rows * dims);
  const row = new Float64Array(dims);
  for (let r = 0; r < matrix.rows; r++) {
    row.fill(0);
    for (let p = matrix.rowPtr[r]!; p < matrix.rowPtr[r + 1]!; p++) {
      const value = matrix.values[p]!;
      const offset = matrix.colIdx[p]! * dims;
      for (let k = 0; k < dims; k++) row[k]! += value * basis[offset + k]!;
    }
    let norm = 0;
    for (let k = 0; k < dims; k++) norm += row[k]! * row[k]!;
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let k = 0; k < dims; k++) out[r * dims + k] = row[k]! * scale;
  }
  return out;
}

/** matrix (rows × cols) · dense (cols × width) → rows × width. */
function multiply(matrix: SparseMatrix, dense: Float64Array, width: number): Float64Array {
  const out = new Float64Array(matrix.rows * width);
  for (let r = 0; r < matrix.rows; r++) {
    const target = r * width;
    for (let p = matrix.rowPtr[r]!; p < matrix.rowPtr[r + 1]!; p++) {
      const value = matrix.values[p]!;
      const source = matrix.colIdx[p]! * width;
      for (let j = 0; j < width; j++) out[target + j]! += value * dense[source + j]!;
    }
  }
  return out;
}

/** matrixᵀ (cols × rows) · dense (rows × width) → cols × width. */
function multiplyTransposed(matrix: SparseMatrix, dense: Float64Array, width: number): Float64Array {
  const out = new Float64Array(matrix.cols * width);
  for (let r = 0; r < matrix.rows; r++) {
    const source = r * width;
    for (let p = matrix.rowPtr[r]!; p < matrix.rowPtr[r + 1]!; p++) {
      const value = matrix.values[p]!;
      const target = matrix.colIdx[p]! * width;
      for (let j = 0; j < width; j++) out[target + j]! += value * dense[source + j]!;
    }
  }
  return out;
}

/** AᵀA for a row-major n × width matrix. */
function gram(a: Float64Array, width: number): Float64Array {
  const g = new Float64Array(width * width);
  const rows = a.length / width;
  for (let r = 0; r < rows; r++) {
    const o = r * width;
    for (let i = 0; i < width; i++) {
      const v = a[o + i]!;
      if (v === 0) continue;
      for (let j = i; j < width; j++) g[i * width + j]! += v * a[o + j]!;
    }
  }
  for (let i = 0; i < width; i++) for (let j = 0; j < i; j++) g[i * width + j] = g[j * width + i]!;
  return g;
}

/** Orthonormal columns spanning the columns of `a` (CholeskyQR2), in place. */
function orthonormalize(a: Float64Array, width: number): Float64Array {
  for (let pass = 0; pass < 2; pass++) {
    const g = gram(a, width);
    let trace = 0;
    for (let i = 0; i < width; i++) trace += g[i * width + i]!;
    const ridge = (trace / width) * 1e-10 + 1e-300;
    for (let i = 0; i < width; i++) g[i * width + i]! += ridge;
    const l = cholesky(g, width);
    solveLowerTransposedInPlace(a, l, width);
  }
  return a;
}

function cholesky(g: Float64Array, n: number): Float64Array {
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = g[i * n + j]!;
      for (let k = 0; k < j; k++) sum -= l[i * n + k]! * l[j * n + k]!;
      l[i * n + j] = i === j ? Math.sqrt(Math.max(sum, 1e-300)) : sum / l[j * n + j]!;
    }
  }
  return l;
}

/** Each row x of `a` becomes x · L⁻ᵀ, so that A = Q Lᵀ with Q orthonormal. */
function solveLowerTransposedInPlace(a: Float64Array, l: Float64Array, n: number): void {
  const rows = a.length / n;
  for (let r = 0; r < rows; r++) {
    const o = r * n;
    for (let j = 0; j < n; j++) {
      let sum = a[o + j]!;
      for (let k = 0; k < j; k++) sum -= a[o + k]! * l[j * n + k]!;
      a[o + j] = sum / l[j * n + j]!;
    }
  }
}

/** Cyclic Jacobi eigen-decomposition of a symmetric n × n matrix; vectors are columns. */
function symmetricEigen(input: Float64Array, n: number): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(input);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  for (let sweep = 0; sweep < 50; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p * n + q]! ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q]!;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q * n + q]! - a[p * n + p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k * n + p]!;
          const akq = a[k * n + q]!;
          a[k * n + p] = c * akp - s * akq;
          a[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p * n + k]!;
          const aqk = a[q * n + k]!;
          a[p * n + k] = c * apk - s * aqk;
          a[q * n + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k * n + p]!;
          const vkq = v[k * n + q]!;
          v[k * n + p] = c * vkp - s * vkq;
          v[k * n + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = a[i * n + i]!;
  return { values, vectors: v };
}
