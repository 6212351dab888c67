import { describe, expect, it } from 'vitest';
import { decodeTermIds, encodeTermIds } from '#site/lib/search/codec.ts';

describe('encodeTermIds', () => {
  it('sorts and stores gaps in base 36, a repeated term once with its count', () => {
    expect(encodeTermIds([40, 3, 3, 13])).toBe('3.2 a r');
    expect(encodeTermIds([5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5])).toBe('5.c');
    expect(encodeTermIds([])).toBe('');
  });
});

describe('decodeTermIds', () => {
  it('restores the sorted ids', () => {
    expect(decodeTermIds(encodeTermIds([40, 3, 3, 13, 1000]), 1001)).toEqual([3, 3, 13, 40, 1000]);
    expect(decodeTermIds('', 10)).toEqual([]);
  });

  it('still reads repeats written as zero gaps (indexes from before counts were folded)', () => {
    expect(decodeTermIds('3 0 a r', 100)).toEqual([3, 3, 13, 40]);
  });

  it.each([['3 -1'], ['5 x!'], ['a'], ['3.0'], ['3.'], ['3.2.1']])('rejects %j (not a term of a 10-term vocabulary)', (encoded) => {
    expect(() => decodeTermIds(encoded, 10)).toThrow(/bad term id/u);
  });
});
