import { describe, expect, it } from 'vitest';
import { memoize } from '#lib/mine/memo.ts';

describe('memoize', () => {
  it('computes each key once', () => {
    const seen: string[] = [];
    const upper = memoize((key) => (seen.push(key), key.toUpperCase()));
    expect([upper('a'), upper('b'), upper('a')]).toEqual(['A', 'B', 'A']);
    expect(seen).toEqual(['a', 'b']);
  });

  it('starts over when the cache is full, still giving the right results', () => {
    const seen: string[] = [];
    const upper = memoize((key) => (seen.push(key), key.toUpperCase()), 2);
    expect([upper('a'), upper('b'), upper('c'), upper('a'), upper('c')]).toEqual(['A', 'B', 'C', 'A', 'C']);
    expect(seen).toEqual(['a', 'b', 'c', 'a']);
  });
});
