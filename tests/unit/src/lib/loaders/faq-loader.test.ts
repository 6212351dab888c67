// The FAQ loader against a fake content layer: a Map-backed store, the real shared schema for
// parseData, and a renderMarkdown that records what it was given (the real renderer is Astro's and
// is exercised by the site builds).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { faqSchema } from '#core/content.ts';
import { formatIssues } from '#core/frontmatter.ts';
import { entryId, faqLoader } from '#site/lib/loaders/faq-loader.ts';

type Stored = { id: string; data: Record<string, unknown>; digest?: string; filePath?: string; rendered?: { html: string } };

let root: string;
let store: Map<string, Stored>;
let rendered: string[];

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'veelgesteld-faq-loader-'));
  store = new Map();
  rendered = [];
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const frontmatter = (title: string, extra = '') =>
  `---\ntitle: "${title}"\ndescription: "Kort antwoord."\ncategory: Betalen\nshortId: q2zg\nstatus: published\nupdatedAt: 2026-01-05\n${extra}---\n`;

function write(path: string, text: string): void {
  const file = join(root, 'content', 'faq', path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

function context(): LoaderContext {
  const fake = {
    collection: 'faq',
    config: { root: pathToFileURL(`${root}/`) },
    store: {
      get: (id: string) => store.get(id),
      set: (entry: Stored) => (store.set(entry.id, entry), true),
      keys: () => [...store.keys()],
      delete: (id: string) => store.delete(id),
      addAssetImports: () => undefined,
    },
    parseData: async ({ data }: { data: Record<string, unknown> }) => {
      const result = faqSchema.safeParse(data);
      if (!result.success) throw new Error(`data does not match collection schema: ${formatIssues(result.error)}`);
      return result.data;
    },
    renderMarkdown: async (markdown: string) => {
      rendered.push(markdown);
      return { html: `<p>${markdown.replace(/^---\n---\n/u, '').trim()}</p>`, metadata: {} };
    },
    generateDigest: (text: string) => `${text.length}:${text}`,
    logger: { info: () => undefined, error: () => undefined },
  };
  return fake as unknown as LoaderContext;
}

const load = () => faqLoader({ base: './content/faq' }).load(context());

describe('faqLoader', () => {
  it('stores validated data and the body rendered as Markdown, ids keeping the language folder', async () => {
    write('nl/termijnbedrag-aanpassen.mdx', `${frontmatter('Hoe pas ik mijn termijnbedrag aan?')}\n## Kort antwoord\n\nIn de app.\n`);
    write('en/app-login.mdx', `${frontmatter('How do I log in?')}Open the app.\n`);
    await load();
    expect([...store.keys()].sort()).toEqual(['en/app-login', 'nl/termijnbedrag-aanpassen']);
    const entry = store.get('nl/termijnbedrag-aanpassen')!;
    expect(entry.data).toMatchObject({ title: 'Hoe pas ik mijn termijnbedrag aan?', lang: 'nl', tags: [], updatedAt: new Date('2026-01-05') });
    expect(entry.filePath).toBe('content/faq/nl/termijnbedrag-aanpassen.mdx');
    expect(entry.rendered?.html).toBe('<p>## Kort antwoord\n\nIn de app.</p>');
    expect(rendered.every((markdown) => !markdown.includes('shortId'))).toBe(true);
  });

  it('renders a body that starts with a thematic break without losing it', async () => {
    write('nl/streep.mdx', `${frontmatter('Streep')}---\n\nTekst\n\n---\n`);
    await load();
    expect(rendered[0]).toBe('---\n---\n---\n\nTekst\n\n---\n');
  });

  it('renders unchanged files only once across syncs, and again after an edit', async () => {
    write('nl/a.mdx', `${frontmatter('A')}Eerste versie.\n`);
    write('nl/b.mdx', `${frontmatter('B')}Blijft gelijk.\n`);
    await load();
    expect(rendered).toHaveLength(2);
    write('nl/a.mdx', `${frontmatter('A')}Tweede versie.\n`);
    await load();
    expect(rendered).toHaveLength(3);
    expect(store.get('nl/a')?.rendered?.html).toBe('<p>Tweede versie.</p>');
  });

  it('drops entries whose file was removed', async () => {
    write('nl/a.mdx', `${frontmatter('A')}A\n`);
    write('nl/b.mdx', `${frontmatter('B')}B\n`);
    await load();
    rmSync(join(root, 'content', 'faq', 'nl', 'b.mdx'));
    await load();
    expect([...store.keys()]).toEqual(['nl/a']);
  });

  it('fails naming every invalid file: schema, YAML and MDX-only syntax, with lines', async () => {
    write('nl/goed.mdx', `${frontmatter('Goed')}Tekst\n`);
    write('nl/zonder-titel.mdx', '---\ndescription: "x"\ncategory: Betalen\nshortId: q2zg\n---\nTekst\n');
    write('nl/foute-shortid.mdx', frontmatter('Fout').replace('shortId: q2zg', 'shortId: Q-1') + 'Tekst\n');
    write('nl/kapotte-yaml.mdx', '---\ntitle: "Open\ndescription: [\n---\nTekst\n');
    write('nl/met-component.mdx', `${frontmatter('Component')}\nTekst\n\n<Callout>Let op</Callout>\n`);
    write('nl/met-import.mdx', `${frontmatter('Import')}import Callout from './Callout.astro';\n`);
    const error = await load().then(
      () => undefined,
      (caught: unknown) => caught as Error,
    );
    expect(error?.message).toMatch(/^5 faq article\(s\) cannot be built:/u);
    expect(error?.message).toMatch(/content\/faq\/nl\/zonder-titel\.mdx:1: invalid faq frontmatter: title: /u);
    expect(error?.message).toContain('content/faq/nl/foute-shortid.mdx:5: invalid faq frontmatter: shortId: use 4 to 8 characters');
    expect(error?.message).toMatch(/content\/faq\/nl\/kapotte-yaml\.mdx:\d+: the frontmatter is not valid YAML/u);
    expect(error?.message).toContain('content/faq/nl/met-component.mdx:12: a component (<Callout>)');
    expect(error?.message).toContain('content/faq/nl/met-import.mdx:9: an "import" line is MDX');
    expect(error?.message).not.toContain('goed.mdx');
  });

  it('fails when two files would become the same page', async () => {
    write('nl/storing.mdx', `${frontmatter('Storing')}A\n`);
    write('nl/Storing.mdx', `${frontmatter('Storing')}B\n`);
    await expect(load()).rejects.toThrow('content/faq/nl/storing.mdx: has the same address (nl/storing) as content/faq/nl/Storing.mdx');
  });
});

describe('entryId', () => {
  it.each([
    ['nl/termijnbedrag-aanpassen.mdx', 'nl/termijnbedrag-aanpassen'],
    ['nl/Storing Melden.mdx', 'nl/storing-melden'],
    ['nl/storing/index.mdx', 'nl/storing'],
    ['en/what’s-new.mdx', 'en/whats-new'],
  ])('%s → %s (as the glob loader names entries)', (path, id) => {
    expect(entryId('/site/content/faq', `/site/content/faq/${path}`, '.mdx')).toBe(id);
  });
});
