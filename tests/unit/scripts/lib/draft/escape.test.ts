import { describe, expect, it } from 'vitest';
import { escapeMdxText } from '#lib/draft/index.ts';
import { HOSTILE_MESSAGES } from '#tests/fixtures/draft/clusters.ts';

describe('escapeMdxText', () => {
  it.each([
    ['JavaScript expressions', '{process.exit(1)}', '\\{process.exit(1)\\}'],
    ['JSX and HTML', '<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['an unclosed component', '<Foo', '\\<Foo'],
    ['an HTML comment (dashes kept literal)', '<!--', '\\<!\\-\\-'],
    ['an ES import at the start', "import fs from 'node:fs'", "&#x69;mport fs from \\'node:fs\\'"],
    ['an ES export at the start', 'export const x = 1', '&#x65;xport const x = 1'],
    ['a thematic break / frontmatter fence', '---', '\\-\\-\\-'],
    ['code spans and fences', '`a` ```', '\\`a\\` \\`\\`\\`'],
    ['emphasis, links, tables, headings', '*a* _b_ [c](d) | # e', '\\*a\\* \\_b\\_ \\[c\\](d) \\| \\# e'],
    ['character references', '&amp; &#123;', '\\&amp; \\&\\#123;'],
    ['a trailing backslash (hard break)', 'a \\', 'a \\\\'],
    ['a list marker at the start', '- item', '\\- item'],
    ['an ordered list marker at the start', '1. stap', '1\\. stap'],
    ['ellipses and quotes that smart punctuation would change', 'zo... "ja" \'nee\'', 'zo\\.\\.\\. \\"ja\\" \\\'nee\\\''],
    ['plain Dutch text stays readable', 'Je pakket komt morgen, echt waar.', 'Je pakket komt morgen, echt waar.'],
  ])('escapes %s', (_name, input, expected) => {
    expect(escapeMdxText(input)).toBe(expected);
  });

  it('collapses line breaks so text cannot start a new block', () => {
    expect(escapeMdxText('regel 1\n---\r\ntitle: x\u2028# kop')).toBe('regel 1 \\-\\-\\- title: x \\# kop');
  });

  it('removes direction overrides and zero-width characters but keeps joined emoji', () => {
    expect(escapeMdxText('abc\u202Edef\u200Bg\u2066h\u2069 \uFEFF👨‍👩‍👧')).toBe('abcdefgh 👨‍👩‍👧');
  });

  it.each(HOSTILE_MESSAGES)('leaves no unescaped MDX syntax in %j', (message) => {
    const escaped = escapeMdxText(message);
    expect(escaped).not.toMatch(/(?<!\\)[{}<>`]/u);
    expect(escaped).not.toMatch(/\n/u);
    expect(escaped).not.toMatch(/^(?:import|export)\b/u);
  });
});
