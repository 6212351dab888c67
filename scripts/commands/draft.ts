// `veelgesteld draft <clusters.json>`: turns mined clusters into draft FAQ articles in content/faq,
// keeps content/.shortids.json up to date and writes the team's mining report. All decisions are
// made by scripts/lib/draft (pure); this file reads the content tree and writes the results.
import { basename, dirname, join, relative, sep } from 'node:path';
import { defineCommand } from 'citty';
import { parseProjectConfig } from '../lib/config.ts';
import { CONFIG_FILE, type ProjectConfig } from '#core/config.ts';
import { broadcastSchema } from '#core/content.ts';
import { DECISIONS_FILE, type DecisionsFile } from '#core/decisions.ts';
import { parseDecisions } from '../lib/decisions/index.ts';
import { buildNow } from '#core/clock.ts';
import {
  SHORT_ID_REGISTRY_FILE,
  parseArticle,
  parseMiningResult,
  parseShortIdRegistry,
  planDrafts,
  renderMiningReport,
  serializeShortIdRegistry,
  type ClusterOutcome,
  type ContentFileInput,
  type DraftLang,
  type DraftOptions,
  type DraftPlan,
} from '../lib/draft/index.ts';
import { DEFAULT_MAX_NEW_DRAFTS } from '../lib/draft/capacity.ts';
import { renderReportHtml } from '../lib/draft/report-html.ts';
import { collectSignals, type ReportSignals } from '../lib/draft/report-signals.ts';
import { InputError } from '../lib/errors.ts';
import { nonNegativeInteger, positiveInteger } from '../lib/option-values.ts';
import { createScrubber } from '../lib/scrub/index.ts';
import { listFilesRecursive, readInputText, readText, readTextIfExists, requireInputFile, writeFileAtomic } from '../lib/io/index.ts';
import { loadPlaceIndex } from '../lib/io/places.ts';
import { loadDictionaries } from '../lib/io/spelling.ts';
import { isPlaceName } from '../lib/text/slots.ts';
import { readMessageLines } from '../lib/io/messages.ts';
import { countSearches, judgeSearches, type BroadcastRef } from '../lib/signals/index.ts';
import { tokens } from '#core/text/index.ts';
import { publicSearchDocs, siteSearchOf } from './site-search.ts';

export type DraftRunOptions = {
  clustersFile: string;
  /** The FAQ folder; its parent is the content root that holds .shortids.json and broadcasts. */
  contentDir: string;
  reportFile: string;
  minQuestions: number;
  minAuthors: number;
  /** At most this many new drafts (the questions with the most customers); 0: no cap. Default: editorial.maxNewDrafts, else 25. */
  maxNewDrafts?: number | undefined;
  lang?: DraftLang | undefined;
  contact?: string | undefined;
  /** veelgesteld.config.json; skipped when the file does not exist. */
  configFile?: string | undefined;
  /** messages.ndjson from ingest: its site searches are judged against the site's search ("searched, not found"). */
  messagesFile?: string | undefined;
  /** The HTML report; default: beside reportFile, with .html. */
  htmlReportFile?: string | undefined;
  /** "Now" for which articles are public (VEELGESTELD_NOW or the clock). */
  now?: Date | undefined;
};

export type DraftRunResult = { plan: DraftPlan; written: string[]; reportFile: string; htmlReportFile: string; signals: ReportSignals };

export const DEFAULTS = { content: 'content/faq', report: 'work/report.md', minQuestions: 5, minAuthors: 3 } as const;

/** The whole draft step, for the CLI and for other commands (pipeline) and tests. */
export async function runDraft(options: DraftRunOptions): Promise<DraftRunResult> {
  const config = await readConfig(options.configFile ?? CONFIG_FILE);
  const mining = parseMiningResult(await readInputText(options.clustersFile), options.clustersFile);
  const contentRoot = dirname(options.contentDir);
  const registryFile = join(contentRoot, SHORT_ID_REGISTRY_FILE);
  const registryText = await readTextIfExists(registryFile);
  const publicNumbers = config?.company.publicNumbers ?? [];
  const maxNewDrafts = options.maxNewDrafts ?? config?.editorial.maxNewDrafts ?? DEFAULT_MAX_NEW_DRAFTS;
  const faqFiles = await readContentFiles(options.contentDir);
  const decisions = await readDecisionsIn(contentRoot);
  const signals = collectSignals({
    mining,
    broadcasts: await readBroadcasts(contentRoot, options.contentDir),
    searches: options.messagesFile ? await judgeSiteSearches(options.messagesFile, faqFiles, options.now ?? buildNow(process.env)) : null,
  });
  const plan = planDrafts({
    mining,
    faqFiles,
    otherShortIds: await readOtherShortIds(contentRoot, options.contentDir),
    registry: parseShortIdRegistry(registryText, registryFile),
    decisions,
    options: {
      minQuestions: options.minQuestions,
      minAuthors: options.minAuthors,
      lang: options.lang,
      contact: options.contact ?? config?.company.contactRoute,
      titleMax: config?.editorial.titleMax,
      publicNumbers,
      scrub: projectScrubber(config),
      titleKnowledge: await loadTitleKnowledge(),
      clustersFile: options.clustersFile,
      spikeOnly: signals.spikeOnly,
      maxNewDrafts,
    },
  });
  const written: string[] = [];
  for (const write of plan.writes) {
    const path = join(options.contentDir, write.path);
    await writeFileAtomic(path, write.text);
    written.push(path);
  }
  const registryOut = serializeShortIdRegistry(plan.registry);
  if (registryOut !== registryText) {
    await writeFileAtomic(registryFile, registryOut);
    written.push(registryFile);
  }
  const reportOptions = {
    siteUrl: config?.siteUrl,
    minQuestions: options.minQuestions,
    minAuthors: options.minAuthors,
    maxNewDrafts,
    publicNumbers,
  };
  const report = renderMiningReport(plan, { ...reportOptions, signals });
  await writeFileAtomic(options.reportFile, report);
  const htmlReportFile = options.htmlReportFile ?? options.reportFile.replace(/(\.md)?$/u, '.html');
  await writeFileAtomic(htmlReportFile, renderReportHtml(plan, signals, reportOptions));
  return { plan, written, reportFile: options.reportFile, htmlReportFile, signals };
}

export default defineCommand({
  meta: { name: 'draft', description: 'Draft FAQ articles from mined clusters and write the team report.' },
  args: {
    clusters: { type: 'positional', description: 'clusters.json written by "veelgesteld mine"', required: true },
    content: { type: 'string', description: 'FAQ folder to write drafts to', default: DEFAULTS.content },
    'min-questions': { type: 'string', description: 'Draft only clusters with at least this many questions', default: String(DEFAULTS.minQuestions) },
    'min-authors': { type: 'string', description: 'Draft only clusters asked by at least this many people', default: String(DEFAULTS.minAuthors) },
    'max-new-drafts': {
      type: 'string',
      description: `At most this many new drafts, for the questions with the most customers; 0: no cap (default: editorial.maxNewDrafts in ${CONFIG_FILE}, else ${DEFAULT_MAX_NEW_DRAFTS})`,
    },
    report: { type: 'string', description: 'Where the team report goes (Markdown, not published)', default: DEFAULTS.report },
    lang: { type: 'string', description: 'Draft only clusters in this language: nl or en (default: both)' },
    contact: { type: 'string', description: 'Contact route for "Nog vragen?" (default: company.contactRoute from veelgesteld.config.json)' },
    messages: { type: 'string', description: 'messages.ndjson from ingest: its site searches are run against the site search for "searched, not found"' },
    'html-report': { type: 'string', description: 'Where the HTML report goes (default: beside --report, .html)' },
  },
  async run({ args }) {
    const result = await runDraft({
      clustersFile: args.clusters,
      contentDir: args.content,
      reportFile: args.report,
      minQuestions: positiveInteger(args['min-questions'], '--min-questions'),
      minAuthors: positiveInteger(args['min-authors'], '--min-authors'),
      maxNewDrafts: nonNegativeInteger(args['max-new-drafts'], '--max-new-drafts'),
      lang: languageOption(args.lang),
      contact: args.contact,
      messagesFile: args.messages,
      htmlReportFile: args['html-report'],
    });
    console.log(formatSummary(result, args.content));
    return 0;
  },
});

// --- internal ---

/** Places (the gazetteer) and the hunspell dictionaries that the title rules check against. */
export async function loadTitleKnowledge(): Promise<DraftOptions['titleKnowledge']> {
  const [places, dictionaries] = await Promise.all([loadPlaceIndex(), loadDictionaries()]);
  return { isPlace: (word) => isPlaceName(word, places), places, dictionaries };
}

export async function readConfig(file: string): Promise<ProjectConfig | undefined> {
  const text = await readTextIfExists(file);
  return text === undefined ? undefined : parseProjectConfig(text, file);
}

/** The ingest's personal-data scrubber with the company's handles and numbers; the draft library's own e-mail/phone check runs after it. */
export function projectScrubber(config: ProjectConfig | undefined): (text: string) => string {
  const scrubText = createScrubber({ companyHandles: config?.company.handles ?? [], companyPublicNumbers: config?.company.publicNumbers ?? [] });
  return (text) => scrubText(text).text;
}

async function listContentFiles(dir: string): Promise<string[]> {
  const isArticle = (name: string) => /\.mdx?$/u.test(name) && !name.startsWith('.');
  return (await listFilesRecursive(dir)).filter((file) => isArticle(basename(file))).sort();
}

/** content/decisions.json: editors' decisions (none when the file does not exist). */
export async function readDecisionsIn(contentRoot: string): Promise<DecisionsFile> {
  const file = join(contentRoot, DECISIONS_FILE);
  return parseDecisions(await readTextIfExists(file), file);
}

/** The FAQ articles under contentDir, with paths relative to it. */
export async function readContentFiles(contentDir: string): Promise<ContentFileInput[]> {
  const files = await listContentFiles(contentDir);
  return Promise.all(files.map(async (file) => ({ path: toPosix(relative(contentDir, file)), text: await readText(file) })));
}

/** Short ids in the rest of content/ (broadcasts); a file that cannot be read is named, not skipped silently. */
export async function readOtherShortIds(contentRoot: string, faqDir: string): Promise<{ file: string; shortId: string }[]> {
  const found: { file: string; shortId: string }[] = [];
  for (const file of await listContentFiles(contentRoot)) {
    if (!relative(faqDir, file).startsWith('..')) continue;
    try {
      const shortId = parseArticle(await readText(file), file).data['shortId'];
      if (typeof shortId === 'string') found.push({ file: toPosix(relative(contentRoot, file)), shortId });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      console.error(`veelgesteld draft: warning: ${error.message} (its shortId is not reserved until it is fixed)`);
    }
  }
  return found;
}

/** Broadcasts in content/broadcasts: when they aired and their statement's short link (published ones only). */
export async function readBroadcasts(contentRoot: string, faqDir: string): Promise<BroadcastRef[]> {
  const found: BroadcastRef[] = [];
  for (const file of await listContentFiles(join(contentRoot, 'broadcasts'))) {
    if (!relative(faqDir, file).startsWith('..')) continue;
    let data: Record<string, unknown>;
    try {
      data = parseArticle(await readText(file), file).data;
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      console.error(`veelgesteld draft: warning: ${error.message} (spikes are not linked to this broadcast until it is fixed)`);
      continue;
    }
    const parsed = broadcastSchema.safeParse(data);
    if (!parsed.success) {
      console.error(`veelgesteld draft: warning: ${toPosix(file)}: not a valid broadcast (run "veelgesteld check"); spikes are not linked to it`);
      continue;
    }
    const { programme, airsAt, title, shortId, status } = parsed.data;
    found.push({
      programme,
      airsAt: airsAt.toISOString(),
      title,
      shortId: status === 'published' ? shortId : undefined,
      slug: toPosix(relative(contentRoot, file)),
    });
  }
  return found;
}

/** Site searches from the messages, counted and run against the site's search over the public articles. */
async function judgeSiteSearches(
  messagesFile: string,
  faqFiles: readonly ContentFileInput[],
  now: Date,
): Promise<{ total: number; judged: ReturnType<typeof judgeSearches>; articles: number }> {
  requireInputFile(messagesFile);
  const searches: { text: string; author: string }[] = [];
  const { problems } = await readMessageLines(messagesFile, (message) => {
    if (message.channel === 'search' && message.direction === 'in') searches.push({ text: message.text, author: message.author });
  });
  for (const problem of problems.slice(0, 5)) console.error(`${messagesFile}:${problem.line}: ${problem.message} (skipped)`);
  const site = siteSearchOf(publicSearchDocs(faqFiles, now, (message) => console.error(`veelgesteld draft: warning: ${message}`)));
  const counted = countSearches(searches, (text) => [...new Set(tokens(text))].sort().join(' '));
  return { total: searches.length, judged: judgeSearches(counted, site), articles: site.articles };
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}

function languageOption(value: string | undefined): DraftLang | undefined {
  if (value === undefined || value === '') return undefined;
  if (value === 'nl' || value === 'en') return value;
  throw new InputError(`--lang must be nl or en, not "${value}"`);
}

const LABELS: Record<ClusterOutcome['kind'], string> = {
  created: 'new draft',
  updated: 'statistics updated',
  unchanged: 'unchanged',
  covered: 'covered by a published article',
  edited: 'edited by editor, left untouched',
  overlaps: 'overlaps another article, not drafted',
  deleted: 'article was deleted, not drafted again',
  'below-threshold': 'below threshold',
  'other-language': 'language not drafted',
  'needs-look': 'needs a look (not one question), not drafted',
  incident: 'incident (only inside one spike), not drafted',
  deferred: 'also asked, beyond --max-new-drafts, not drafted yet',
  rejected: 'not an article (an editor decided so in content/decisions.json)',
};

function formatSummary(result: DraftRunResult, contentDir: string): string {
  const lines: string[] = [];
  for (const outcome of result.plan.outcomes) {
    if (!('article' in outcome)) continue;
    const link = outcome.article.shortId ? ` (/k/${outcome.article.shortId})` : '';
    lines.push(`  ${LABELS[outcome.kind]}: ${join(contentDir, outcome.article.path)}${link}`);
  }
  const counts = Object.entries(LABELS)
    .map(([kind, label]) => [label, result.plan.outcomes.filter((outcome) => outcome.kind === kind).length] as const)
    .filter(([, count]) => count > 0)
    .map(([label, count]) => `${count} ${label}`);
  const { spikes, searches } = result.signals;
  const incidents = spikes.filter((spike) => !spike.broadcast).length;
  const signalLine = `signals: ${spikes.length - incidents} spike(s) after a broadcast, ${incidents} incident(s)${searches ? `, ${searches.notFound.length} search(es) not found of ${searches.distinct}` : ''}${result.signals.shortExport ? ` (the export spans ${result.signals.shortExport.days} days, too short to tell an incident from the usual volume)` : ''}`;
  return [
    `draft: ${result.plan.outcomes.length} clusters: ${counts.join(', ') || 'none'}`,
    ...lines,
    signalLine,
    `report: ${result.reportFile}, ${result.htmlReportFile}`,
  ].join('\n');
}
