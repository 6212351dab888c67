import { describe, expect, it } from 'vitest';
import { tfidfMatrix } from '#lib/mine/features.ts';
import { embedRows, fitProjection, project } from '#lib/mine/svd.ts';
import { seededRandom } from '#lib/mine/random.ts';

/** Questions made of a few shared words, so the matrix has structure and far more columns than rows. */
function docs(count: number, seed: number): { tokens: string[]; words: string[] }[] {
  const random = seededRandom(seed);
  const vocabulary = ['pakket', 'retour', 'geld', 'terug', 'bezorgd', 'code', 'korting', 'factuur', 'refund', 'order', 'delivery', 'card'];
  return Array.from({ length: count }, () => {
    const words = Array.from({ length: 3 + Math.floor(random() * 4) }, () => vocabulary[Math.floor(random() * vocabulary.length)]!);
    return { tokens: words, words };
  });
}

describe('embedRows', () => {
  it.each([
    [40, 20],
    [120, 250],
  ])('gives the vectors that projecting %i rows on their own fitted basis gives (%i dimensions asked)', (rows, dims) => {
    const matrix = tfidfMatrix(docs(rows, 7), { wordWeight: 1, maxGram: 5 });
    const viaBasis = project(matrix, fitProjection(matrix, { dims, seed: 3 }));
    const direct = embedRows(matrix, { dims, seed: 3 });
    expect(direct.vectors.length).toBe(viaBasis.length);
    let largest = 0;
    for (let i = 0; i < direct.vectors.length; i++) largest = Math.max(largest, Math.abs(direct.vectors[i]! - viaBasis[i]!));
    expect(largest).toBeLessThan(1e-4);
  });
});
