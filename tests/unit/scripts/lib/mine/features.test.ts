import { describe, expect, it } from 'vitest';
import { tfidfMatrix } from '#lib/mine/features.ts';

const doc = (words: string[]) => ({ tokens: words, words });

describe('tfidfMatrix', () => {
  const docs = [doc(['pakket', 'bezorgd']), doc(['pakket', 'kwijt']), doc(['factuur', 'hoog']), doc(['factuur', 'fout']), doc(['uniek'])];
  const matrix = tfidfMatrix(docs);
  const row = (r: number) => ({
    cols: [...matrix.colIdx.subarray(matrix.rowPtr[r]!, matrix.rowPtr[r + 1]!)],
    values: [...matrix.values.subarray(matrix.rowPtr[r]!, matrix.rowPtr[r + 1]!)],
  });

  it('gives unit-length rows', () => {
    for (let r = 0; r < 4; r++) expect(Math.hypot(...row(r).values)).toBeCloseTo(1, 5);
  });

  it('keeps only features that link two documents', () => {
    // "uniek" shares no word and no character n-gram of 3 or more with any other document.
    expect(row(4).cols).toEqual([]);
    const shared = (a: number, b: number) => row(a).cols.filter((col) => row(b).cols.includes(col)).length;
    expect(shared(0, 1)).toBeGreaterThan(0);
    expect(shared(0, 2)).toBe(0);
    expect(matrix.cols).toBe(new Set([0, 1, 2, 3].flatMap((r) => row(r).cols)).size);
  });
});
