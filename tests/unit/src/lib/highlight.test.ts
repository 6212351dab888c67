import { describe, expect, it } from 'vitest';
import { fillTemplate, highlightSegments } from '#site/lib/highlight.ts';

const show = (text: string, ranges: [number, number][]) =>
  highlightSegments(text, ranges)
    .map((s) => (s.mark ? `<${s.text}>` : s.text))
    .join('');

describe('highlightSegments', () => {
  it('marks half-open ranges', () => {
    expect(
      show('Hoe pas ik mijn termijnbedrag aan?', [
        [4, 7],
        [16, 29],
      ]),
    ).toBe('Hoe <pas> ik mijn <termijnbedrag> aan?');
  });
  it('returns the plain text without ranges', () => expect(show('Storing melden', [])).toBe('Storing melden'));
  it('merges overlapping and touching ranges and ignores their order', () => {
    expect(
      show('abcdefgh', [
        [4, 6],
        [1, 3],
        [2, 4],
      ]),
    ).toBe('a<bcdef>gh');
  });
  it('clamps ranges outside the text', () =>
    expect(
      show('abc', [
        [-2, 1],
        [2, 10],
      ]),
    ).toBe('<a>b<c>'));
  it('keeps accented letters whole', () => expect(show('België', [[0, 6]])).toBe('<België>'));
});

describe('fillTemplate', () => {
  it('fills named values and leaves unknown ones', () => {
    expect(fillTemplate('{count} resultaten voor ‘{query}’ {x}', { count: 3, query: 'pas' })).toBe('3 resultaten voor ‘pas’ {x}');
  });
});
