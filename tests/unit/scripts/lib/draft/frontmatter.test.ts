import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { parseArticle, renderArticle } from '#lib/draft/index.ts';
import { HOSTILE_MESSAGES } from '#tests/fixtures/draft/clusters.ts';

const YAML_TRICKS = [
  '&a anker',
  '*a',
  '!!python/object:os.system',
  '---',
  '--- x',
  '...',
  'a: b',
  '- item',
  '? k',
  '| lit',
  '> fold',
  '#c',
  '%YAML 1.1',
  '@x',
  '`x',
  '2026-01-05',
  'yes',
  'on',
  'null',
  '~',
  '0o17',
  '0x1F',
  '1e3',
  '.inf',
  '<<',
  '12:30:00',
  'regel 1\nregel 2',
  'a\n---\nb',
  ' leading',
  'trailing ',
  '{a: 1}',
  '[1]',
  '"q"',
  "'s'",
  '\u202Eabc',
];

describe('renderArticle', () => {
  it.each([...YAML_TRICKS, ...HOSTILE_MESSAGES])('round-trips %j through yaml and js-yaml (Astro) unchanged', (value) => {
    const text = renderArticle({ title: value, questions: [value], source: { clusterId: value } }, 'Body\n');
    const yaml = text.split('\n---\n')[0]?.replace(/^---\n/u, '') ?? '';
    for (const data of [YAML.parse(yaml), jsYaml.load(yaml)] as Record<string, unknown>[]) {
      expect(data['title']).toBe(value);
      expect(data['questions']).toEqual([value]);
      expect(data['source']).toEqual({ clusterId: value });
    }
    expect(parseArticle(text, 'x.mdx').data['title']).toBe(value);
  });

  it('never writes a frontmatter line that could close the block early', () => {
    const text = renderArticle({ title: 'a\n---\nb', questions: ['---', '+++'] }, 'Body\n');
    const lines = text.split('\n');
    const closing = lines.indexOf('---', 1);
    expect(lines.slice(1, closing).some((line) => /^(?:---|\+\+\+|\.\.\.)/u.test(line))).toBe(false);
    expect(lines.slice(closing + 1).join('\n')).toBe('\nBody\n');
  });
});

describe('parseArticle', () => {
  it('names the file and line of broken YAML', () => {
    expect(() => parseArticle('---\ntitle: ok\nfoo: [unclosed\n---\n', 'content/faq/nl/x.mdx')).toThrow(
      /^content\/faq\/nl\/x\.mdx:\d+: frontmatter is not valid YAML/,
    );
  });

  it('reads a file without frontmatter as body only', () => {
    expect(parseArticle('Alleen tekst', 'x.mdx')).toEqual({ data: {}, yaml: '', body: 'Alleen tekst' });
  });
});
