import { describe, expect, it } from 'vitest';
import { collectionOf, parseContentFile, readShortIdRegistry, setFrontmatterValues, slugOfPath as slugOf } from '#lib/content/index.ts';

const TEXT = `---
title: Retour
contact:
  name: Sanne
  route: Bel ons
replies:
  - eerste
  - tweede
---

Tekst op regel 11.
`;

describe('parseContentFile', () => {
  const parsed = parseContentFile({ path: 'content/broadcasts/radar.mdx', text: TEXT });

  it('knows the collection and slug from the path', () => {
    expect(parsed.collection).toBe('broadcasts');
    expect(parsed.slug).toBe('radar');
  });

  it.each([
    [['title'], 2],
    [['contact', 'route'], 5],
    [['replies', 1], 8],
    [['replies', 7], 6],
    [['shortId'], 1],
  ] as const)('puts frontmatter key %j on line %i of the file', (path, line) => {
    expect(parsed.lineOf(path)).toBe(line);
  });

  it('knows where the body starts', () => {
    expect(parsed.bodyLine).toBe(10);
    expect(parsed.body.split('\n')[1]).toBe('Tekst op regel 11.');
  });

  it('reports a file without frontmatter on line 1', () => {
    expect(parseContentFile({ path: 'content/faq/nl/x.mdx', text: '# Geen frontmatter\n' }).frontmatterError).toEqual({
      message: 'the file does not start with frontmatter between two "---" lines',
      line: 1,
    });
  });

  it('reads Windows line ends', () => {
    const crlf = parseContentFile({ path: 'content/faq/nl/x.mdx', text: TEXT.replaceAll('\n', '\r\n') });
    expect(crlf.frontmatter?.['title']).toBe('Retour');
    expect(crlf.lineOf(['replies', 1])).toBe(8);
  });
});

describe('collectionOf and slugOf', () => {
  it.each([
    ['content/faq/nl/retour.mdx', 'faq', 'retour'],
    ['tests/x/blog/en/news.md', 'blog', 'news'],
    ['content/broadcasts/radar-2026.mdx', 'broadcasts', 'radar-2026'],
    ['content/other/x.mdx', undefined, 'x'],
  ])('%s → %s / %s', (path, collection, slug) => {
    expect(collectionOf(path)).toBe(collection);
    expect(slugOf(path)).toBe(slug);
  });
});

describe('setFrontmatterValues', () => {
  const source = `---\n# keep me\ntitle: 'Quoted: yes'   # trailing comment\nstatus: draft # next\nlist: [a,  b]\n---\nBody stays\n`;

  it('replaces a value in place and leaves every other byte alone', () => {
    expect(setFrontmatterValues(source, { status: 'review' })).toBe(source.replace('status: draft #', 'status: review #'));
  });

  it('adds missing keys right after status', () => {
    const result = setFrontmatterValues(source, { publishAt: '2026-12-01T18:30:00+01:00' });
    expect(result).toBe(source.replace('status: draft # next\n', 'status: draft # next\npublishAt: 2026-12-01T18:30:00+01:00\n'));
  });

  it('quotes values that need it', () => {
    expect(setFrontmatterValues(source, { status: 'a: b' })).toContain('status: "a: b" # next');
  });
});

describe('readShortIdRegistry', () => {
  it('reads the draft step registry and plain lists, ignoring anything that is not a shortId', () => {
    expect([...readShortIdRegistry({ version: 1, shortIds: { abcde: { clusterIds: ['c1'] }, x: {} } })]).toEqual(['abcde']);
    expect([...readShortIdRegistry(['h4xq9', 'NOT-AN-ID'])]).toEqual(['h4xq9']);
    expect(readShortIdRegistry(null).size).toBe(0);
  });
});
