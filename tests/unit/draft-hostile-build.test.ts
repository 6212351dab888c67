// Hostile customer text must stay text: drafts made from it compile with the real Astro build, show
// the text literally on the page and run nothing. Builds a copy of the site with only these drafts
// (visible through VEELGESTELD_DRAFTS=1, the draft preview mode of src/lib/visibility.ts).
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMENT_NODE, ELEMENT_NODE, TEXT_NODE, parse, walkSync } from 'ultrahtml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDraft, type DraftRunResult } from '#scripts/commands/draft.ts';
import { toSingleLine } from '#lib/draft/index.ts';
import { HOSTILE_MESSAGES, hostileAnswer, hostileClusters, hostileLetter, makeMining } from '#tests/fixtures/draft/clusters.ts';
import { buildSite, copySite, type SiteCopy } from '#tests/helpers/site-build.ts';
// The file the hostile execSync message would create if any of it ran (see hostile-messages.json).
const MARKER = '/tmp/veelgesteld-hostile-marker';

type HtmlNode = { type: number; name?: string; value?: string; attributes?: Record<string, string>; children?: HtmlNode[] };

let site: SiteCopy;
let dir: string;
let drafted: DraftRunResult;
let build: { status: number | null; output: string };

beforeAll(async () => {
  rmSync(MARKER, { force: true });
  site = copySite('veelgesteld-hostile-');
  dir = site.dir;
  writeFileSync(join(dir, 'clusters.json'), JSON.stringify(makeMining(hostileClusters())));
  drafted = await runDraft({
    clustersFile: join(dir, 'clusters.json'),
    contentDir: join(dir, 'content', 'faq'),
    reportFile: join(dir, 'work', 'report.md'),
    minQuestions: 1,
    minAuthors: 1,
    configFile: join(dir, 'veelgesteld.config.json'),
  });
  build = buildSite(dir, { VEELGESTELD_DRAFTS: '1' });
}, 180_000);

afterAll(() => {
  site?.remove();
});

describe('drafts from hostile messages', () => {
  it('are all drafted and build without errors', () => {
    expect(drafted.plan.outcomes.map((outcome) => outcome.kind)).toEqual(HOSTILE_MESSAGES.map(() => 'created'));
    expect(build.output.slice(-3000), 'astro build output').toContain('Complete!');
    expect(build.status).toBe(0);
  });

  it('ran none of the text', () => {
    expect(existsSync(MARKER)).toBe(false);
  });

  it.each(HOSTILE_MESSAGES.map((message, index) => [index + 1, message] as const))('message %i shows literally and adds no markup: %j', (number, message) => {
    const html = readFileSync(pageOf(`hostile-${String(number).padStart(2, '0')}`), 'utf8');
    const root = parse(html) as HtmlNode;
    const quote = textOf(findAll(root, (node) => node.name === 'blockquote')[0]);
    expect(quote).toBe(toSingleLine(hostileAnswer(number, message)));
    expect(textOf(findAll(root, (node) => node.name === 'h1')[0])).toContain(`Vraag ${hostileLetter(number)}:`);
    for (const script of findAll(root, (node) => node.name === 'script')) {
      const type = script.attributes?.['type'];
      if (type === 'application/ld+json') expect(() => JSON.parse(textOf(script))).not.toThrow();
      else expect(script.attributes?.['src'] ?? '', 'only the site’s own bundled scripts').toMatch(/^\/_astro\//u);
    }
    const article = findAll(root, (node) => node.name === 'main')[0] ?? root;
    expect(
      findAll(
        article,
        (node) => ['foo', 'div', 'img', 'fragment'].includes(node.name?.toLowerCase() ?? '') && /baz|onerror/u.test(JSON.stringify(node.attributes ?? {})),
      ),
    ).toEqual([]);
    expect(findAll(article, (node) => node.type === COMMENT_NODE && (node.value ?? '').includes('verborgen'))).toEqual([]);
    expect(html).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B\uFEFF]/u);
  });
});

// --- helpers ---

function pageOf(clusterId: string): string {
  const outcome = drafted.plan.outcomes.find((candidate) => candidate.cluster.id === clusterId);
  if (!outcome || !('article' in outcome)) throw new Error(`no article for ${clusterId}`);
  const slug = outcome.article.path.replace(/^nl\//u, '').replace(/\.mdx$/u, '');
  return join(dir, 'dist', 'faq', slug, 'index.html');
}

function findAll(root: HtmlNode, test: (node: HtmlNode) => boolean): HtmlNode[] {
  const found: HtmlNode[] = [];
  walkSync(root as never, (node: HtmlNode) => {
    if (test(node)) found.push(node);
  });
  return found;
}

function textOf(node: HtmlNode | undefined): string {
  if (!node) return '';
  if (node.type === TEXT_NODE) return decodeEntities(node.value ?? '');
  if (node.type !== ELEMENT_NODE && node.children === undefined) return '';
  return (node.children ?? []).map(textOf).join('').replace(/\s+/gu, ' ').trim();
}

function decodeEntities(text: string): string {
  const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&', nbsp: '\u00A0' };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (entity, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(Number.parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)));
    return named[code] ?? entity;
  });
}
