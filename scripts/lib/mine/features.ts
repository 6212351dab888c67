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

type Counted = { hashes: Uint32Array; counts: Uint16Array };

function countSorted(hashes: number[]): Counted {
  const sorted = Uint32Array.from(hashes).sort();
  let unique = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) unique++;
  const outHashes = new Uint32Array(unique);
  const counts = new Uint16Array(unique);
  let k = -1;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) outHashes[++k] = sorted[i]!;
    counts[k] = Math.min(65535, counts[k]! + 1);
  }
  return { hashes: outHashes, counts };
}

/** TF-IDF matrix (rows L2-normalised) with each feature block normalised before weighting. */
export function tfidfMatrix(docs: FeatureDoc[], options: FeatureOptions = {}): SparseMatrix {
  const { wordWeight = 1, charWeight = 1, minGram = 3, maxGram = 5 } = options;
  const wordCounts: Counted[] = [];
  const charCounts: Counted[] = [];
  // Document frequencies by sorting every document's distinct features once: far cheaper than a
  // hash map over millions of distinct character n-grams.
  let all = new Uint32Array(1 << 16);
  let used = 0;
  const addDf = (counted: Counted): void => {
    if (used + counted.hashes.length > all.length) {
      const bigger = new Uint32Array(Math.max(all.length * 2, used + counted.hashes.length));
      bigger.set(all.subarray(0, used));
      all = bigger;
    }
    all.set(counted.hashes, used);
    used += counted.hashes.length;
  };
  for (const doc of docs) {
    const words: number[] = [];
    for (let i = 0; i < doc.tokens.length; i++) {
      words.push(hashTerm(doc.tokens[i]!, WORD_SEED));
      if (i > 0) words.push(hashTerm(`${doc.tokens[i - 1]} ${doc.tokens[i]}`, WORD_SEED));
    }
    const chars: number[] = [];
    for (const word of doc.words) pushCharGrams(word, minGram, maxGram, chars);
    const w = countSorted(words);
    const c = countSorted(chars);
    wordCounts.push(w);
    charCounts.push(c);
    addDf(w);
    addDf(c);
  }
  const column = new Map<number, number>();
  const idf: number[] = [];
  const n = docs.length;
  const sorted = all.subarray(0, used).sort();
  for (let start = 0; start < sorted.length; ) {
    let end = start + 1;
    while (end < sorted.length && sorted[end] === sorted[start]) end++;
    const count = end - start;
    if (count >= 2) {
      column.set(sorted[start]!, idf.length);
      idf.push(Math.log((n + 1) / (count + 1)) + 1);
    }
    start = end;
  }
  return assemble(wordCounts, charCounts, column, idf, wordWeight, charWeight);
}

function assemble(
  wordCounts: Counted[],
  charCounts: Counted[],
  column: Map<number, number>,
  idf: number[],
  wordWeight: number,
  charWeight: number,
): SparseMatrix {
  const rows = wordCounts.length;
  const rowPtr = new Int32Array(rows + 1);
  let colIdx = new Int32Array(1024);
  let values = new Float32Array(1024);
  let used = 0;
  const scratchCols: number[] = [];
  const scratchVals: number[] = [];
  const block = (counted: Counted, weight: number): void => {
    const start = scratchCols.length;
    let norm = 0;
    for (let i = 0; i < counted.hashes.length; i++) {
      const col = column.get(counted.hashes[i]!);
      if (col === undefined) continue;
      const value = (1 + Math.log(counted.counts[i]!)) * idf[col]!;
      scratchCols.push(col);
      scratchVals.push(value);
      norm += value * value;
    }
    const scale = norm > 0 ? weight / Math.sqrt(norm) : 0;
    for (let i = start; i < scratchVals.length; i++) scratchVals[i] = scratchVals[i]! * scale;
  };
  for (let r = 0; r < rows; r++) {
    scratchCols.length = 0;
    scratchVals.length = 0;
    block(wordCounts[r]!, wordWeight);
    block(charCounts[r]!, charWeight);
    let norm = 0;
    for (const value of scratchVals) norm += value * value;
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    if (used + scratchCols.length > colIdx.length) {
      const size = Math.max(colIdx.length * 2, used + scratchCols.length);
      colIdx = grow(colIdx, new Int32Array(size));
      values = grow(values, new Float32Array(size));
    }
    for (let i = 0; i < scratchCols.length; i++) {
      colIdx[used] = scratchCols[i]!;
      values[used++] = scratchVals[i]! * scale;
    }
    rowPtr[r + 1] = used;
  }
  return { rows, cols: idf.length, rowPtr, colIdx: colIdx.slice(0, used), values: values.slice(0, used) };
}

function grow<T extends Int32Array | Float32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
