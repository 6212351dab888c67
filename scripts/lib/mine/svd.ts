// Randomised truncated SVD (Halko, Martinsson & Tropp 2011) of a sparse matrix, with plain typed
// arrays: no native dependencies. Dense matrices are row-major; orthonormalisation is Cholesky-QR
// applied twice, which is stable enough after the power iterations.
import type { SparseMatrix } from './features.ts';
import { gaussian, seededRandom } from './random.ts';

export type Projection = { dims: number; cols: number; /** cols × dims, row-major */ basis: Float32Array };

export type SvdOptions = { dims: number; oversample?: number; powerIterations?: number; seed: number };

/** Fits the top right singular vectors of `matrix`: project rows onto them with `project`. */
export function fitProjection(matrix: SparseMatrix, options: SvdOptions): Projection {
  const { dims, width, q } = rangeOf(matrix, options);
  const w = multiplyTransposed(matrix, q, width);
  const { order, scale, vectors } = topEigen(gram(w, width), width, dims);
  const basis = new Float32Array(matrix.cols * dims);
  for (let k = 0; k < dims; k++) {
    const column = order[k]!;
    for (let c = 0; c < matrix.cols; c++) {
      let sum = 0;
      for (let j = 0; j < width; j++) sum += w[c * width + j]! * vectors[j * width + column]!;
      basis[c * dims + k] = sum * scale[k]!;
    }
  }
  return { dims, cols: matrix.cols, basis };
}

/**
 * `project(matrix, fitProjection(matrix, options))` without the basis, for a matrix that is its own
 * sample: the same vectors, computed on the side of its rows. A few hundred questions have thousands
 * of character n-grams, and the basis (columns × dimensions × width) was most of the cost.
 */
export function embedRows(matrix: SparseMatrix, options: SvdOptions): { dims: number; vectors: Float32Array } {
  const { dims, width, q } = rangeOf(matrix, options);
  // With w = Xᵀq: wᵀw = qᵀ(Xw), and the rows' coordinates X·w·V are (Xw)·V.
  const xw = multiply(matrix, multiplyTransposed(matrix, q, width), width);
  const g = new Float64Array(width * width);
  for (let r = 0; r < matrix.rows; r++)
    for (let i = 0; i < width; i++) {
      const qi = q[r * width + i]!;
      if (qi !== 0) for (let j = 0; j < width; j++) g[i * width + j]! += qi * xw[r * width + j]!;
    }
  for (let i = 0; i < width; i++) for (let j = 0; j < i; j++) g[i * width + j] = g[j * width + i] = (g[i * width + j]! + g[j * width + i]!) / 2;
  const { order, scale, vectors } = topEigen(g, width, dims);
  const out = new Float32Array(matrix.rows * dims);
  const row = new Float64Array(dims);
  for (let r = 0; r < matrix.rows; r++) {
    for (let k = 0; k < dims; k++) {
      let sum = 0;
      for (let j = 0; j < width; j++) sum += xw[r * width + j]! * vectors[j * width + order[k]!]!;
      row[k] = sum * scale[k]!;
    }
    writeNormalized(row, out, r * dims);
  }
  return { dims, vectors: out };
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
    writeNormalized(row, out, r * dims);
  }
  return out;
}

/** The range finder: an orthonormal basis (rows × width) of the matrix's dominant column space. */
function rangeOf(matrix: SparseMatrix, options: SvdOptions): { dims: number; width: number; q: Float64Array } {
  const { oversample = 10, powerIterations = 1, seed } = options;
  const dims = Math.max(1, Math.min(options.dims, matrix.rows - 1, matrix.cols - 1));
  const width = Math.min(dims + oversample, matrix.rows, matrix.cols);
  // As wide as the matrix is tall, any orthonormal basis spans all of its rows' space: the identity does.
  if (width === matrix.rows) return { dims, width, q: identity(width) };
  const normal = gaussian(seededRandom(seed));
  const start = new Float64Array(matrix.rows * width);
  for (let i = 0; i < start.length; i++) start[i] = normal();
  // Only the tall-and-thin sample side is orthonormalised: it has `rows` ≤ sampleSize rows, while the
  // feature side can have far more columns.
  let y = orthonormalize(multiply(matrix, multiplyTransposed(matrix, start, width), width), width);
  for (let q = 0; q < powerIterations; q++) {
    y = orthonormalize(multiply(matrix, multiplyTransposed(matrix, y, width), width), width);
  }
  return { dims, width, q: y };
}

/** The `dims` largest eigenpairs of a symmetric width × width matrix: their columns and 1/√value. */
function topEigen(g: Float64Array, width: number, dims: number): { order: number[]; scale: Float64Array; vectors: Float64Array } {
  const { values, vectors } = symmetricEigen(g, width);
  const order = [...values.keys()].sort((a, b) => values[b]! - values[a]!).slice(0, dims);
  const scale = Float64Array.from(order, (column) => (values[column]! > 1e-12 ? 1 / Math.sqrt(values[column]!) : 0));
  return { order, scale, vectors };
}

function identity(n: number): Float64Array {
  const matrix = new Float64Array(n * n);
  for (let i = 0; i < n; i++) matrix[i * n + i] = 1;
  return matrix;
}

function writeNormalized(row: Float64Array, out: Float32Array, offset: number): void {
  let norm = 0;
  for (let k = 0; k < row.length; k++) norm += row[k]! * row[k]!;
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let k = 0; k < row.length; k++) out[offset + k] = row[k]! * scale;
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

/**
 * Eigen-decomposition of a symmetric n × n matrix (row-major); vectors are columns. Householder
 * reduction to tridiagonal form, then the implicit QL algorithm (tred2 and tql2 of EISPACK, as in
 * JAMA): about 9n³ operations, several times fewer than cyclic Jacobi sweeps.
 */
function symmetricEigen(input: Float64Array, n: number): { values: Float64Array; vectors: Float64Array } {
  const v = Float64Array.from(input);
  const d = new Float64Array(n);
  const e = new Float64Array(n);
  tridiagonalize(v, d, e, n);
  diagonalize(v, d, e, n);
  return { values: d, vectors: v };
}

/** tred2: v becomes the orthogonal transformation, d the diagonal and e the off-diagonal. */
function tridiagonalize(v: Float64Array, d: Float64Array, e: Float64Array, n: number): void {
  for (let j = 0; j < n; j++) d[j] = v[(n - 1) * n + j]!;
  for (let i = n - 1; i > 0; i--) {
    let scale = 0;
    let h = 0;
    for (let k = 0; k < i; k++) scale += Math.abs(d[k]!);
    if (scale === 0) {
      e[i] = d[i - 1]!;
      for (let j = 0; j < i; j++) {
        d[j] = v[(i - 1) * n + j]!;
        v[i * n + j] = 0;
        v[j * n + i] = 0;
      }
    } else {
      for (let k = 0; k < i; k++) {
        d[k]! /= scale;
        h += d[k]! * d[k]!;
      }
      let f = d[i - 1]!;
      let g = Math.sqrt(h);
      if (f > 0) g = -g;
      e[i] = scale * g;
      h -= f * g;
      d[i - 1] = f - g;
      for (let j = 0; j < i; j++) e[j] = 0;
      for (let j = 0; j < i; j++) {
        f = d[j]!;
        v[j * n + i] = f;
        g = e[j]! + v[j * n + j]! * f;
        for (let k = j + 1; k <= i - 1; k++) {
          g += v[k * n + j]! * d[k]!;
          e[k]! += v[k * n + j]! * f;
        }
        e[j] = g;
      }
      f = 0;
      for (let j = 0; j < i; j++) {
        e[j]! /= h;
        f += e[j]! * d[j]!;
      }
      const hh = f / (h + h);
      for (let j = 0; j < i; j++) e[j]! -= hh * d[j]!;
      for (let j = 0; j < i; j++) {
        f = d[j]!;
        g = e[j]!;
        for (let k = j; k <= i - 1; k++) v[k * n + j]! -= f * e[k]! + g * d[k]!;
        d[j] = v[(i - 1) * n + j]!;
        v[i * n + j] = 0;
      }
    }
    d[i] = h;
  }
  for (let i = 0; i < n - 1; i++) {
    v[(n - 1) * n + i] = v[i * n + i]!;
    v[i * n + i] = 1;
    const h = d[i + 1]!;
    if (h !== 0) {
      for (let k = 0; k <= i; k++) d[k] = v[k * n + i + 1]! / h;
      for (let j = 0; j <= i; j++) {
        let g = 0;
        for (let k = 0; k <= i; k++) g += v[k * n + i + 1]! * v[k * n + j]!;
        for (let k = 0; k <= i; k++) v[k * n + j]! -= g * d[k]!;
      }
    }
    for (let k = 0; k <= i; k++) v[k * n + i + 1] = 0;
  }
  for (let j = 0; j < n; j++) {
    d[j] = v[(n - 1) * n + j]!;
    v[(n - 1) * n + j] = 0;
  }
  v[(n - 1) * n + n - 1] = 1;
  e[0] = 0;
}

/** tql2: the implicit QL algorithm on the tridiagonal form; d becomes the eigenvalues. */
function diagonalize(v: Float64Array, d: Float64Array, e: Float64Array, n: number): void {
  for (let i = 1; i < n; i++) e[i - 1] = e[i]!;
  e[n - 1] = 0;
  let f = 0;
  let tst1 = 0;
  const eps = 2 ** -52;
  for (let l = 0; l < n; l++) {
    tst1 = Math.max(tst1, Math.abs(d[l]!) + Math.abs(e[l]!));
    let m = l;
    while (m < n && Math.abs(e[m]!) > eps * tst1) m++;
    if (m > l) {
      do {
        let g = d[l]!;
        let p = (d[l + 1]! - g) / (2 * e[l]!);
        let r = Math.hypot(p, 1);
        if (p < 0) r = -r;
        d[l] = e[l]! / (p + r);
        d[l + 1] = e[l]! * (p + r);
        const dl1 = d[l + 1]!;
        let h = g - d[l]!;
        for (let i = l + 2; i < n; i++) d[i]! -= h;
        f += h;
        p = d[m]!;
        let c = 1;
        let c2 = c;
        let c3 = c;
        const el1 = e[l + 1]!;
        let s = 0;
        let s2 = 0;
        for (let i = m - 1; i >= l; i--) {
          c3 = c2;
          c2 = c;
          s2 = s;
          g = c * e[i]!;
          h = c * p;
          r = Math.hypot(p, e[i]!);
          e[i + 1] = s * r;
          s = e[i]! / r;
          c = p / r;
          p = c * d[i]! - s * g;
          d[i + 1] = h + s * (c * g + s * d[i]!);
          for (let k = 0; k < n; k++) {
            h = v[k * n + i + 1]!;
            v[k * n + i + 1] = s * v[k * n + i]! + c * h;
            v[k * n + i] = c * v[k * n + i]! - s * h;
          }
        }
        p = (-s * s2 * c3 * el1 * e[l]!) / dl1;
        e[l] = s * p;
        d[l] = c * p;
      } while (Math.abs(e[l]!) > eps * tst1);
    }
    d[l] = d[l]! + f;
    e[l] = 0;
  }
}
