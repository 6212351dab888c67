import { describe, expect, it } from 'vitest';
import { escapeMdxText } from '#lib/draft/index.ts';
import { findMdxSyntax } from '#site/lib/loaders/markdown-only.ts';

const lines = (...text: string[]) => text.join('\n');

describe('findMdxSyntax', () => {
  it('accepts ordinary Markdown: headings, lists, emphasis, links, autolinks, tables, code', () => {
    const body = lines(
      '## Kort antwoord',
      '',
      'Kies **Contract** → *Opzeggen*; zie <https://veldlicht.example/opzeggen> of mail <help@veldlicht.example>.',
      '',
      '| Stap | Wat |',
      '| --- | --- |',
      '| 1 | Inloggen |',
      '',
      '1. Inloggen',
      '2. Kies `<Contract>` in het menu',
      '',
      '```html',
      '<div onclick="x">code blijft code</div>',
      '```',
    );
    expect(findMdxSyntax(body)).toEqual([]);
  });

  it('accepts braces and comparison signs, which Markdown shows as text', () => {
    expect(findMdxSyntax('Vul {klantnummer} in; 3 < 5 en a<b.')).toEqual([]);
  });

  it.each([
    ['a component on its own line', lines('Tekst', '', '<Callout type="tip">Let op</Callout>'), 3, /a component \(<Callout>\)/u],
    ['a self-closing component', '<ReplyBox />', 1, /a component \(<ReplyBox>\)/u],
    ['an HTML tag with an event handler', lines('Eerst', 'dan <img src=x onerror="alert(1)"> hier'), 2, /an HTML tag \(<img>\)/u],
    ['an HTML comment', lines('', '', '<!-- verborgen -->'), 3, /an HTML comment or declaration \(<!--\)/u],
    ['a < after an escaped backslash', 'pad C:\\\\<b>vet</b>', 1, /an HTML tag \(<b>\)/u],
  ])('refuses %s, naming the line', (_name, body, line, message) => {
    const [problem] = findMdxSyntax(body);
    expect(problem?.line).toBe(line);
    expect(problem?.message).toMatch(message);
    expect(problem?.message).toContain('plain Markdown');
  });

  it.each([
    ['import', "import Callout from '#tests/unit/src/lib/components/Callout.astro';"],
    ['export', 'export const meta = { a: 1 };'],
  ])('refuses an %s line at the top level', (keyword, line) => {
    expect(findMdxSyntax(lines('## Titel', '', line, '', 'Tekst'))).toEqual([{ line: 3, message: expect.stringContaining(`an "${keyword}" line is MDX`) }]);
  });

  it('leaves import/export words alone where MDX would not read them as code', () => {
    const body = lines(
      'Importeren kan ook.',
      'import in the middle of a paragraph is just a word',
      '',
      '> export van je gegevens',
      '',
      '    import x from "y" (indented code)',
      '',
      'Exports are words too.',
    );
    expect(findMdxSyntax(body)).toEqual([]);
  });

  it('lists the first problem of every line, in line order', () => {
    const body = lines('<Foo />', '', 'import x from "y"', '', 'tekst <b>vet</b>');
    expect(findMdxSyntax(body).map((p) => [p.line, p.message.slice(0, 16)])).toEqual([
      [1, 'a component (<Fo'],
      [3, 'an "import" line'],
      [5, 'an HTML tag (<b>'],
    ]);
  });

  it.each([
    '<img src=x onerror=alert(1)>',
    'import fs from "node:fs"',
    'export default {}',
    '{require("child_process").execSync("touch /tmp/x")}',
    '<!-- verborgen --> <Foo/> \\<script>',
    '1. <b>lijst</b>',
  ])('accepts customer text escaped by the draft tool: %j', (text) => {
    expect(findMdxSyntax(lines('## Kort antwoord', '', `> ${escapeMdxText(text)}`, '', escapeMdxText(text)))).toEqual([]);
  });
});
