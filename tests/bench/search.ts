// `npm run bench -- search --train <csv> --test <csv> [--seed 7] [--baseline-queries 300]`
// Builds FAQ articles from the train texts, indexes them exactly as the site does, runs every test
// text as a query (as typed, and with one or two seeded typos) and reports success@1/@3, latency
// over 1,000 and 10,000 generated articles, the index size, and fuse.js with default options as a
// baseline on the same articles.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import Fuse from 'fuse.js';
import { InputError } from '#lib/errors.ts';
import { buildSearchIndex, createSearcher, type SearchDoc, type Searcher, type Synonyms } from '#site/lib/search/index.ts';
import synonyms from '#site/data/synonyms.json' with { type: 'json' };
import { DEFAULTS as DRAFT_DEFAULTS } from '#scripts/commands/draft.ts';
import { faqSchema } from '#core/content.ts';
import { parseArticle, parseShortIdRegistry, planDrafts, slugify } from '#lib/draft/index.ts';
import type { Message } from '#core/message.ts';
import { mineMessagesWithMembers } from '#lib/mine/index.ts';
import { seededRandom } from '#lib/mine/random.ts';
import { tokens } from '#core/text/index.ts';

type Ranker = (query: string, limit: number) => string[];
type LabelledText = { text: string; category: string };
/** An article with the category most of its source questions have (what a hit is judged by). */
type BenchArticle = { doc: SearchDoc; majorityCategory: string };

export default async function searchBench(args: string[]): Promise<Record<string, unknown>> {
  try {
    return await run(args);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    // The bench runner has no error handling of its own: say what is wrong, without a stack.
    console.error(`search: ${error.message}`);
    process.exit(1);
  }
}

async function run(args: string[]): Promise<Record<string, unknown>> {
  const options = parseOptions(args);
  const train = readLabelledCsv(options.train);
  const test = readLabelledCsv(options.test);
  const random = seededRandom(options.seed);

  log(`mining and drafting articles from ${train.length} train texts`);
  const built = await articlesFromTrain(train, options.editorRules);
  const articles = built.articles;
  const categoryOf = new Map(articles.map((article) => [article.doc.id, article.majorityCategory]));
  const index = buildSearchIndex(
    articles.map((article) => article.doc),
    { synonyms: synonyms as Synonyms },
  );
  const searcher = createSearcher(JSON.parse(JSON.stringify(index)));
  const engine = rankerOf(searcher);

  const typoQueries = test.map((row) => ({ ...row, text: withTypos(row.text, random) }));
  log(`${articles.length} articles (${built.source}); running ${test.length} queries`);
  const quality = successRates(engine, test, categoryOf);
  const typoQuality = successRates(engine, typoQueries, categoryOf);

  log('the same queries against one ideal article per intent');
  const ideal = idealArticles(train);
  const idealRanker = rankerOf(
    createSearcher(
      buildSearchIndex(
        ideal.map((article) => article.doc),
        { synonyms: synonyms as Synonyms },
      ),
    ),
  );
  const idealCategoryOf = new Map(ideal.map((article) => [article.doc.id, article.majorityCategory]));
  const idealQuality = successRates(idealRanker, test, idealCategoryOf);
  const idealTypoQuality = successRates(idealRanker, typoQueries, idealCategoryOf);

  log('latency over 1,000 and 10,000 generated articles');
  const generated1k = generateArticles(train, 1_000, seededRandom(options.seed + 1));
  const index1k = buildSearchIndex(generated1k, { synonyms: synonyms as Synonyms });
  const queries = [...test, ...typoQueries].map((row) => row.text);
  const load1k = timed(() => createSearcher(JSON.parse(JSON.stringify(index1k))));
  const latency1k = latencies(rankerOf(load1k.value), queries);
  const index10k = buildSearchIndex(generateArticles(train, 10_000, seededRandom(options.seed + 2)), { synonyms: synonyms as Synonyms });
  const load10k = timed(() => createSearcher(JSON.parse(JSON.stringify(index10k))));
  const latency10k = latencies(rankerOf(load10k.value), queries);

  log(`baseline: fuse.js defaults on ${Math.min(options.baselineQueries, test.length)} queries`);
  const sample = everyNth(test, options.baselineQueries);
  const fuseReal = fuseRanker(articles.map((article) => article.doc));
  const baselineQuality = successRates(fuseReal, sample, categoryOf);
  // fuse.js scans every article (about a second per query at 1,000): time a smaller sample.
  const baselineLatency1k = latencies(
    fuseRanker(generated1k),
    everyNth(sample, BASELINE_TIMED_QUERIES).map((row) => row.text),
  );

  const json1k = JSON.stringify(index1k);
  const jsonReal = JSON.stringify(index);
  return {
    articlesSource: built.source,
    /** Mined with the editor rules (slots set aside), or as an intent split (the default). */
    editorRules: options.editorRules,
    /** A hit: an article most of whose source messages (the miner's cluster members) have the query's category. */
    hitRule: 'majority of member messages',
    articles: articles.length,
    categoriesCovered: round(new Set(articles.map((article) => article.majorityCategory)).size / new Set(train.map((row) => row.category)).size),
    queries: test.length,
    success1: round(quality.success1),
    success3: round(quality.success3),
    success1Typos: round(typoQuality.success1),
    success3Typos: round(typoQuality.success3),
    p50ms: round(percentile(latency1k, 0.5)),
    p95ms: round(percentile(latency1k, 0.95)),
    p50ms10k: round(percentile(latency10k, 0.5)),
    p95ms10k: round(percentile(latency10k, 0.95)),
    loadMs: round(load1k.ms),
    loadMs10k: round(load10k.ms),
    indexBytes: Buffer.byteLength(json1k),
    indexGzipBytes: gzipSync(json1k).length,
    realIndexBytes: Buffer.byteLength(jsonReal),
    realIndexGzipBytes: gzipSync(jsonReal).length,
    /** The engine alone: one ideal, draft-shaped article per intent instead of the miner's clusters. */
    idealArticles: {
      articles: ideal.length,
      success1: round(idealQuality.success1),
      success3: round(idealQuality.success3),
      success3Typos: round(idealTypoQuality.success3),
    },
    baseline: {
      queries: sample.length,
      timedQueries: baselineLatency1k.length,
      success1: round(baselineQuality.success1),
      success3: round(baselineQuality.success3),
      p95ms: round(percentile(baselineLatency1k, 0.95)),
    },
  };
}

// --- internal ---

/** Drafts carry the label and up to 19 more real questions (scripts/lib/draft/wording.ts). */
const EXAMPLES_PER_ARTICLE = 19;
const BASELINE_TIMED_QUERIES = 40;
const WARM_UP_QUERIES = 200;
const TAGS_PER_ARTICLE = 5;

/**
 * The real pipeline: every train text becomes an inbound message, `mineMessages` finds the
 * recurring questions and `planDrafts` writes the articles (with the CLI's default thresholds);
 * their frontmatter is indexed as if an editor had published every draft. An article's category
 * is the one most of its source questions have: every message the miner put in its cluster (or
 * sub-topic), not only the few shown as examples.
 */
async function articlesFromTrain(train: LabelledText[], editorRules: boolean): Promise<{ source: string; articles: BenchArticle[] }> {
  // The intent split (no editor rules), as the cluster benchmark's main scores; --editor-rules measures the product's setting.
  const { result: mining, members } = await mineMessagesWithMembers(train.map(inboundMessage), {
    slots: editorRules,
    ...(editorRules ? {} : { coarseResolution: 0 }),
  });
  const categoryOfMessage = (id: string): string => train[Number(id.slice(1))]?.category ?? '';
  const plan = planDrafts({
    mining,
    faqFiles: [],
    otherShortIds: [],
    registry: parseShortIdRegistry(undefined),
    options: { minQuestions: DRAFT_DEFAULTS.minQuestions, minAuthors: DRAFT_DEFAULTS.minAuthors, clustersFile: 'bench' },
  });
  const articles = plan.outcomes.flatMap((outcome) => {
    if (outcome.kind !== 'created') return [];
    const write = plan.writes.find((candidate) => candidate.path === outcome.article.path);
    if (!write) return [];
    const data = faqSchema.parse(parseArticle(write.text, write.path).data);
    const doc: SearchDoc = {
      id: data.shortId,
      url: `/${write.path.replace(/\.mdx$/u, '')}/`,
      title: data.title,
      description: data.description,
      questions: data.questions,
      tags: data.tags,
      category: data.category,
      lang: data.lang,
    };
    return [{ doc, majorityCategory: majority((members.get(outcome.cluster.id) ?? []).map(categoryOfMessage)) }];
  });
  const subtopics = mining.clusters.reduce((sum, cluster) => sum + (cluster.subtopics?.length ?? 0), 0);
  return { source: `mine + draft (${mining.clusters.length} clusters, ${subtopics} of their sub-topics)`, articles };
}

/** One ideal article per intent, shaped like a draft: separates the engine's quality from the miner's. */
function idealArticles(train: LabelledText[]): BenchArticle[] {
  return [...groupBy(train, (row) => row.category)].map(([category, rows], i) => ({
    doc: idealArticle(
      rows.map((row) => row.text),
      i,
    ),
    majorityCategory: category,
  }));
}

function inboundMessage(row: LabelledText, i: number): Message {
  // Spread over twelve weeks so the miner's trend statistics have something to work with.
  const createdAt = new Date(Date.UTC(2026, 0, 5) + (i % 84) * 86_400_000).toISOString();
  return {
    id: `m${i}`,
    conversationId: `c${i}`,
    inReplyTo: null,
    channel: 'x',
    direction: 'in',
    author: `u${i % 5000}`,
    createdAt,
    lang: 'en',
    text: row.text,
  };
}

function majority(values: string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

/** Title: the most central question; questions: a few others; tags: the most distinctive terms. */
function idealArticle(texts: string[], i: number): SearchDoc {
  const termsPerText = texts.map((text) => new Set(tokens(text, 'en')));
  const frequency = new Map<string, number>();
  for (const terms of termsPerText) for (const term of terms) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  const centrality = termsPerText.map((terms) => [...terms].reduce((sum, term) => sum + (frequency.get(term) ?? 0), 0) / Math.sqrt(terms.size + 1));
  const byCentrality = texts.map((_, index) => index).sort((a, b) => (centrality[b] ?? 0) - (centrality[a] ?? 0));
  const title = texts[byCentrality[0] ?? 0] ?? '';
  const step = Math.max(1, Math.floor(texts.length / (EXAMPLES_PER_ARTICLE + 1)));
  const questions = Array.from({ length: EXAMPLES_PER_ARTICLE }, (_, k) => texts[byCentrality[1 + k * step] ?? 0] ?? '');
  const tags = [...frequency]
    .sort((a, b) => b[1] - a[1])
    .slice(0, TAGS_PER_ARTICLE)
    .map(([term]) => term);
  return {
    id: `a${i}`,
    url: `/en/questions/${slug(title)}/`,
    title,
    description: describeLikeDraft(title),
    questions: [title, ...questions],
    tags,
    category: 'General',
    lang: 'en',
  };
}

function parseOptions(args: string[]): { train: string; test: string; seed: number; baselineQueries: number; editorRules: boolean } {
  const { values } = parseArgs({
    args,
    options: {
      train: { type: 'string' },
      test: { type: 'string' },
      seed: { type: 'string', default: '7' },
      'baseline-queries': { type: 'string', default: '300' },
      'editor-rules': { type: 'boolean', default: false },
    },
  });
  if (!values.train || !values.test) {
    throw new InputError('usage: npm run bench -- search --train <csv> --test <csv> [--seed N] [--baseline-queries N]');
  }
  const seed = Number(values.seed);
  const baselineQueries = Number(values['baseline-queries']);
  if (!Number.isInteger(seed)) throw new InputError(`--seed must be an integer, got "${values.seed}"`);
  if (!Number.isInteger(baselineQueries) || baselineQueries < 1) {
    throw new InputError(`--baseline-queries must be a positive integer, got "${values['baseline-queries']}"`);
  }
  return { train: values.train, test: values.test, seed, baselineQueries, editorRules: values['editor-rules'] };
}

function readLabelledCsv(file: string): LabelledText[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new InputError('cannot read the file', { file });
  }
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text, { columns: true, skip_empty_lines: true, info: true, bom: true });
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new InputError(`not valid CSV: ${(error as Error).message}`, { file, ...(line ? { line } : {}) });
  }
  return records.map(({ record, info }) => {
    const row = { text: record['text']?.trim() ?? '', category: record['category']?.trim() ?? '' };
    if (!row.text || !row.category) {
      throw new InputError('every row needs a non-empty "text" and "category" column', { file, line: info.lines });
    }
    return row;
  });
}

function successRates(rank: Ranker, queries: LabelledText[], categoryOf: Map<string, string>): { success1: number; success3: number } {
  let at1 = 0;
  let at3 = 0;
  for (const query of queries) {
    const categories = rank(query.text, 3).map((id) => categoryOf.get(id));
    if (categories[0] === query.category) at1++;
    if (categories.includes(query.category)) at3++;
  }
  return { success1: at1 / Math.max(1, queries.length), success3: at3 / Math.max(1, queries.length) };
}

function rankerOf(searcher: Searcher): Ranker {
  return (query, limit) => searcher.search(query, limit).map((hit) => hit.id);
}

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

function fuseRanker(docs: SearchDoc[]): Ranker {
  const fuse = new Fuse(docs, { keys: ['title', 'questions', 'tags', 'description'] });
  return (query, limit) => fuse.search(query, { limit }).map((result) => result.item.id);
}

function latencies(rank: Ranker, queries: string[]): number[] {
  // Warm up the JIT and the typo corrector's per-length tables, as a first few keystrokes would.
  for (const query of everyNth(queries, WARM_UP_QUERIES)) rank(query, 10);
  return queries.map((query) => {
    const start = performance.now();
    rank(query, 10);
    return performance.now() - start;
  });
}

/**
 * Articles shaped like drafted ones (title, the template description, twenty questions, five tags),
 * each from random train texts of one category.
 */
function generateArticles(train: LabelledText[], count: number, random: () => number): SearchDoc[] {
  const byCategory = groupBy(train, (row) => row.category);
  const categories = [...byCategory.keys()];
  return Array.from({ length: count }, (_, i) => {
    const texts = byCategory.get(categories[Math.floor(random() * categories.length)] as string) ?? [];
    const pick = (): string => texts[Math.floor(random() * texts.length)]?.text ?? '';
    const title = pick();
    const questions = [title, ...Array.from({ length: EXAMPLES_PER_ARTICLE }, pick)];
    return {
      id: `g${i}`,
      url: `/en/questions/${slug(title)}/`,
      title,
      description: describeLikeDraft(title),
      questions,
      tags: [...new Set(tokens(questions.join(' '), 'en'))].slice(0, TAGS_PER_ARTICLE),
      category: 'General',
      lang: 'en',
    } satisfies SearchDoc;
  });
}

const describeLikeDraft = (title: string): string => `The answer to "${title}": what is going on and what you can do yourself.`;

const TYPO_WORD = /[a-z]{4,}/giu;

/** One or two seeded typos (swap, drop, double or replace a letter) in words of four letters or more. */
export function withTypos(text: string, random: () => number): string {
  let result = text;
  const typos = random() < 0.5 ? 1 : 2;
  for (let n = 0; n < typos; n++) {
    const words = [...result.matchAll(TYPO_WORD)];
    if (words.length === 0) break;
    const word = words[Math.floor(random() * words.length)] as RegExpExecArray;
    const at = word.index + 1 + Math.floor(random() * (word[0].length - 1));
    const kind = Math.floor(random() * 4);
    const letter = 'abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 26)] as string;
    const before = result.slice(0, at);
    const after = result.slice(at);
    result =
      kind === 0
        ? before.slice(0, -1) + after.slice(0, 1) + before.slice(-1) + after.slice(1)
        : kind === 1
          ? before + after.slice(1)
          : kind === 2
            ? before + after.slice(0, 1) + after
            : before + letter + after.slice(1);
  }
  return result;
}

function everyNth<T>(items: T[], count: number): T[] {
  if (items.length <= count) return items;
  const step = items.length / count;
  return Array.from({ length: count }, (_, i) => items[Math.floor(i * step)] as T);
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

const round = (value: number): number => Math.round(value * 1000) / 1000;
/** Named like drafts are (the file name, and so the URL, is the title's slug). */
const slug = (title: string): string => slugify(title);
const log = (message: string): void => console.error(`search: ${message}`);
