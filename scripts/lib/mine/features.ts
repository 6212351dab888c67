// Sparse TF-IDF vectors from word uni/bigrams (stemmed, stop words removed) and character 3–5
// grams of the content words (typo tolerance, Dutch compounds). Features are hashed to 32 bits and
// only those in at least two documents are kept: a feature in one document never links two.

export type SparseMatrix = {
  rows: number;
  cols: number;
  rowPtr: Int32Array;
  colIdx: Int32Array;
  values: Float32Array;
};

export type FeatureDoc = { tokens: string[]; words: string[] };

export type FeatureOptions = { wordWeight?: number; charWeight?: number; minGram?: number; maxGram?: number };

const WORD_SEED = 0x9747b28c;
const CHAR_SEED = 0x2b7e1516;

function hashTerm(text: string, seed: number): number {
  let hash = seed;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Appends the hashes of every character n-gram of ` word ` (3 to 5 by default). */
function pushCharGrams(word: string, minGram: number, maxGram: number, out: number[]): void {
  const padded = ` ${word} `;
  for (let start = 0; start + minGram <= padded.length; start++) {
    let hash = CHAR_SEED;
    for (let end = start; end < padded.length && end - start < maxGram; end++) {
      hash ^= padded.charCodeAt(end);
      hash = Math.imul(hash, 0x01000193);
      if (end - start + 1 >= minGram) out.push(hash >>> 0);
    }
  }
}

/**
 * Every document's distinct feature hashes (sorted) and their counts, packed into growing flat
 * buffers: a few large allocations instead of several small typed arrays per document, whose
 * off-heap memory would keep prompting full garbage collections.
 */
class CountedRows {
  hashes = new Uint32Array(1 << 16);
  counts = new Uint16Array(1 << 16);
  rowPtr: number[] = [0];
  private used = 0;
  private scratch = new Uint32Array(256);

  /** Appends one document: its feature hashes, in any order, with repeats. */
  add(features: readonly number[]): void {
    if (features.length > this.scratch.length) this.scratch = new Uint32Array(features.length * 2);
    const sorted = this.scratch.subarray(0, features.length);
    for (let i = 0; i < features.length; i++) sorted[i] = features[i]!;
    sorted.sort();
    this.reserve(sorted.length);
    let k = this.used - 1;
    for (let i = 0; i < sorted.length; i++) {
      if (i === 0 || sorted[i] !== sorted[i - 1]) {
        this.hashes[++k] = sorted[i]!;
        this.counts[k] = 0;
      }
      this.counts[k] = Math.min(65535, this.counts[k]! + 1);
    }
    this.used = k + 1;
    this.rowPtr.push(this.used);
  }

  get size(): number {
    return this.used;
  }

  private reserve(extra: number): void {
    if (this.used + extra <= this.hashes.length) return;
    const capacity = Math.max(this.hashes.length * 2, this.used + extra);
    this.hashes = grow(this.hashes.subarray(0, this.used), new Uint32Array(capacity));
    this.counts = grow(this.counts.subarray(0, this.used), new Uint16Array(capacity));
  }
}

/** TF-IDF matrix (rows L2-normalised) with each feature block normalised before weighting. */
export function tfidfMatrix(docs: readonly FeatureDoc[], options: FeatureOptions = {}): SparseMatrix {
  const { wordWeight = 1, charWeight = 1, minGram = 3, maxGram = 5 } = options;
  const words = new CountedRows();
  const chars = new CountedRows();
  const wordHashes: number[] = [];
  const charHashes: number[] = [];
  for (const doc of docs) {
    wordHashes.length = 0;
    charHashes.length = 0;
    for (let i = 0; i < doc.tokens.length; i++) {
      wordHashes.push(hashTerm(doc.tokens[i]!, WORD_SEED));
      if (i > 0) wordHashes.push(hashTerm(`${doc.tokens[i - 1]} ${doc.tokens[i]}`, WORD_SEED));
    }
    for (const word of doc.words) pushCharGrams(word, minGram, maxGram, charHashes);
    words.add(wordHashes);
    chars.add(charHashes);
  }
  // Document frequencies by sorting every document's distinct features once: far cheaper than a
  // hash map over millions of distinct character n-grams.
  const all = new Uint32Array(words.size + chars.size);
  all.set(words.hashes.subarray(0, words.size));
  all.set(chars.hashes.subarray(0, chars.size), words.size);
  all.sort();
  const kept: number[] = [];
  const idf: number[] = [];
  const n = docs.length;
  for (let start = 0; start < all.length;) {
    let end = start + 1;
    while (end < all.length && all[end] === all[start]) end++;
    const count = end - start;
    if (count >= 2) {
      kept.push(all[start]!);
      idf.push(Math.log((n + 1) / (count + 1)) + 1);
    }
    start = end;
  }
  const column = new ColumnTable(kept.length);
  kept.forEach((hash, col) => column.set(hash, col));
  return assemble(
    docs.length,
    [
      { rows: words, weight: wordWeight },
      { rows: chars, weight: charWeight },
    ],
    column,
    idf,
  );
}

function assemble(rows: number, blocks: { rows: CountedRows; weight: number }[], column: ColumnTable, idf: number[]): SparseMatrix {
  const rowPtr = new Int32Array(rows + 1);
  const capacity = blocks.reduce((sum, b) => sum + b.rows.size, 0);
  const colIdx = new Int32Array(capacity);
  // Doubles while a row is weighted and normalised, as single floats in the result.
  const values = new Float64Array(capacity);
  let used = 0;
  for (let r = 0; r < rows; r++) {
    const rowStart = used;
    for (const { rows: counted, weight } of blocks) {
      const blockStart = used;
      let norm = 0;
      for (let i = counted.rowPtr[r]!; i < counted.rowPtr[r + 1]!; i++) {
        const col = column.get(counted.hashes[i]!);
        if (col < 0) continue;
        const value = (1 + Math.log(counted.counts[i]!)) * idf[col]!;
        colIdx[used] = col;
        values[used++] = value;
        norm += value * value;
      }
      const scale = norm > 0 ? weight / Math.sqrt(norm) : 0;
      for (let i = blockStart; i < used; i++) values[i] = values[i]! * scale;
    }
    let norm = 0;
    for (let i = rowStart; i < used; i++) norm += values[i]! * values[i]!;
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let i = rowStart; i < used; i++) values[i] = values[i]! * scale;
    rowPtr[r + 1] = used;
  }
  return { rows, cols: idf.length, rowPtr, colIdx: colIdx.slice(0, used), values: Float32Array.from(values.subarray(0, used)) };
}

/**
 * Column of each kept feature hash: open addressing over typed arrays. The matrix assembly looks up
 * every feature of every document (millions), where a Map of numbers is several times slower.
 */
class ColumnTable {
  private readonly keys: Uint32Array;
  private readonly values: Int32Array;
  private readonly mask: number;

  constructor(maxEntries: number) {
    let size = 1024;
    while (size < maxEntries * 2) size *= 2;
    this.keys = new Uint32Array(size);
    this.values = new Int32Array(size).fill(-1);
    this.mask = size - 1;
  }

  set(hash: number, column: number): void {
    let slot = this.slotOf(hash);
    while (this.values[slot]! >= 0 && this.keys[slot] !== hash) slot = (slot + 1) & this.mask;
    this.keys[slot] = hash;
    this.values[slot] = column;
  }

  /** The column, or -1 when the feature was not kept. */
  get(hash: number): number {
    let slot = this.slotOf(hash);
    while (this.values[slot]! >= 0) {
      if (this.keys[slot] === hash) return this.values[slot]!;
      slot = (slot + 1) & this.mask;
    }
    return -1;
  }

  private slotOf(hash: number): number {
    // The hashes are FNV values already; one more multiply spreads runs of close values.
    return (Math.imul(hash, 0x9e3779b1) >>> 0) & this.mask;
  }
}

function grow<T extends Uint32Array | Uint16Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
