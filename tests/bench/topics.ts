// `npm run bench -- topics --export <file> --labels <labels.csv> --topics <topics.csv>
//   [--company-handle "@Name,Name"] [--seed 1] [--content <content/faq folder>] [--filler N [--filler-seed S]]`
// `npm run bench -- topics --real <export> [--company-handle …] [--max-new-drafts 25]`
// What an editor receives: ingest → mine → draft on a labelled export, each draft's member
// messages traced back (through their `file:line` source) to the labelled message ids. Labels are
// `message_id,topic` with `noise`, `oneoff` and `reply` as special topics; topics are
// `topic,canonical_question,count,lookalike_of,kind`.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULTS as DRAFT_DEFAULTS } from '#scripts/commands/draft.ts';
import { parseShortIdRegistry, planDrafts, type ClusterOutcome } from '#lib/draft/index.ts';
import { knownWordChecker } from '#lib/draft/spelling.ts';
import { isSelfContainedTitle, titleProblems } from '#lib/draft/title-rules.ts';
import { loadPlaceIndex } from '#lib/io/places.ts';
import { loadDictionaries } from '#lib/io/spelling.ts';
import { isPlaceName } from '#lib/text/slots.ts';
import { mineMessagesWithMembers } from '#lib/mine/index.ts';
import { seedsOf } from '#lib/mine/seeds.ts';
import { exampleRows } from '#scripts/examples/generate.ts';
import { TOPICS as SYNTH_TOPICS } from '#lib/synth/index.ts';
import { FILLER, mixWithFiller } from './_filler.ts';
import { realExportBench } from './_real.ts';
import { ingestLabelled, LABELLED_EXPORT_OPTIONS, readCsv, readLabels, SPECIAL_TOPICS } from './_labelled.ts';

/** A draft merges look-alikes when the majority topic's look-alike holds at least this share of it. */
const LOOKALIKE_SHARE = 0.15;
const JUNK_PURITY = 0.6;
/**
 * The generated company shares some questions with the labelled ones (a payment plan, a new bank
 * account number, logging in to the app): a draft that rightly holds both companies' questions
 * belongs to the larger. `recallSharedTopics` also counts a labelled topic that has the most
 * labelled messages, at least this many, in a draft of the other company's majority.
 */
const MIN_OWN_MESSAGES = 3;

export default async function topicsBench(args: string[]): Promise<Record<string, unknown>> {
  const { values } = parseArgs({
    args,
    options: {
      ...LABELLED_EXPORT_OPTIONS,
      'company-handle': { type: 'string' },
      content: { type: 'string' },
      /** Miner settings to try, e.g. --set subtopicMinUnique=8 (ClusterOptions, numbers only). */
      set: { type: 'string', multiple: true, default: [] },
      /** Also list every draft's member messages with their labelled topic (stderr). */
      verbose: { type: 'boolean', default: false },
      /** The bundled example export with its generator's ground truth, against the published articles in content/faq. */
      bundled: { type: 'boolean', default: false },
      /** Mix the labelled export into this many generated messages of the example company. */
      filler: { type: 'string', default: '0' },
      'filler-seed': { type: 'string', default: '777' },
      /** An unlabelled export: what an editor receives (drafts, needs a look, coverage, titles). */
      real: { type: 'string' },
      'max-new-drafts': { type: 'string' },
    },
  });
  if (values.real) return realExportBench(values.real, { ...values, seed: Number(values.seed), set: settings(values.set) });
  if (values.bundled) Object.assign(values, BUNDLED);
  if (!values.export || ((!values.labels || !values.topics) && !values.bundled)) {
    throw new Error(
      'usage: npm run bench -- topics --export <file> --labels <labels.csv> --topics <topics.csv> [--company-handle …] [--seed N] [--content <faq folder>] | --bundled',
    );
  }
  const started = performance.now();
  const truth = values.bundled ? bundledTruth() : { labels: readLabels(values.labels!), topics: readCsv(values.topics!) };
  const { labels, topics } = truth;
  const published = new Set(topics.filter((t) => t['published'] === 'yes').map((t) => t['topic']!));
  const lookalikeOf = new Map(topics.filter((t) => t['lookalike_of']).map((t) => [t['topic']!, t['lookalike_of']!]));
  const filler = Number(values.filler);
  const mixed = filler > 0 ? mixWithFiller(values.export, filler, Number(values['filler-seed'])) : undefined;
  const exportBytes = mixed?.bytes ?? readFileSync(values.export);
  if (mixed) for (const [id, label] of mixed.fillerLabels) labels.set(id, label);
  const companyHandles = [...(values['company-handle'] ?? '').split(','), ...(mixed ? BUNDLED['company-handle'].split(',') : [])]
    .map((h) => h.trim())
    .filter(Boolean);
  const { messages, topicOfMessage } = await ingestLabelled(values.export, exportBytes, { labels, companyHandles, idColumn: values['id-column']! });

  const places = await loadPlaceIndex();
  const titleKnowledge = { isPlace: (word: string) => isPlaceName(word, places), places, dictionaries: await loadDictionaries() };
  const faqFiles = values.content ? readFaqFiles(values.content) : [];
  const { result: mining, members } = await mineMessagesWithMembers(messages, {
    seed: Number(values.seed),
    places,
    // As `veelgesteld pipeline` mines: the articles' questions claim the questions like them.
    seeds: seedsOf(faqFiles, { version: 1, decisions: [] }),
    log: (note) => console.error(`mine: ${note}`),
    ...settings(values.set),
  });
  const plan = planDrafts({
    mining,
    faqFiles,
    otherShortIds: [],
    registry: parseShortIdRegistry(undefined),
    options: { minQuestions: DRAFT_DEFAULTS.minQuestions, minAuthors: DRAFT_DEFAULTS.minAuthors, titleMax: 60, titleKnowledge, clustersFile: 'bench' },
  });
  // Titles are judged with places and the dictionaries only (not the export's vocabulary the draft step also trusts).
  const checkKnowledge = { isPlace: titleKnowledge.isPlace, isKnownWord: knownWordChecker(titleKnowledge.dictionaries, []) };
  const drafts = plan.outcomes.filter((outcome): outcome is Created => outcome.kind === 'created');
  const scored = drafts.map((outcome) => scoreDraft(outcome, members.get(outcome.cluster.id) ?? [], topicOfMessage, lookalikeOf));
  const textOf = new Map(messages.map((message) => [message.id, message.text]));
  scored.forEach((draft, index) => {
    if (!values.verbose) return;
    console.error(`\n## "${draft.title}"`);
    for (const id of members.get(drafts[index]!.cluster.id) ?? [])
      console.error(`   ${(topicOfMessage.get(id) ?? '?').padEnd(28)} ${textOf.get(id)?.replace(/\s+/gu, ' ').slice(0, 110)}`);
  });
  for (const draft of scored) {
    const problems = titleProblems(draft.title, draft.lang, checkKnowledge);
    console.error(
      `topics: ${draft.majority.padEnd(28)} ${String(draft.size).padStart(3)} purity ${draft.purity.toFixed(2)} cohesion ${draft.cohesion.toFixed(2)}  "${draft.title}"${problems.length > 0 ? `  ← ${problems.join(', ')}` : ''}`,
    );
  }
  for (const outcome of plan.outcomes.filter((o) => o.kind === 'needs-look')) {
    const look = scoreDraft(
      { ...outcome, kind: 'created', article: { title: outcome.cluster.label } } as unknown as Created,
      members.get(outcome.cluster.id) ?? [],
      topicOfMessage,
      lookalikeOf,
    );
    console.error(
      `topics: needs a look (${outcome.kind === 'needs-look' ? outcome.reasons.join(', ') : ''}): ${look.majority} ${look.size} purity ${look.purity.toFixed(2)} "${look.title.slice(0, 60)}"`,
    );
  }
  const needsLook = plan.outcomes.filter((outcome) => outcome.kind === 'needs-look').length;
  whereTopicsWent(plan.outcomes, members, topicOfMessage);
  const isFiller = (draft: ScoredDraft): boolean => draft.majority.startsWith(FILLER);
  const labelledTopics = topics.map((t) => t['topic']!).filter((topic) => !published.has(topic));
  const labelled = judge(
    scored.filter((draft) => !isFiller(draft)),
    labelledTopics,
    published,
    checkKnowledge,
  );
  const oneoffs = [...topicOfMessage].filter(([, topic]) => topic === 'oneoff').map(([id]) => id);
  const drafted = new Set(drafts.flatMap((outcome) => members.get(outcome.cluster.id) ?? []));
  const draftedOwn = new Set(drafts.flatMap((outcome, at) => (isFiller(scored[at]!) ? [] : (members.get(outcome.cluster.id) ?? []))));
  return {
    export: values.export,
    seed: Number(values.seed),
    ...labelled,
    needsLook,
    covered: plan.outcomes.filter((outcome) => outcome.kind === 'covered').length,
    /** Labelled one-off questions that ended up in a draft (should be at most 5 %). */
    oneoffsInDrafts: round(oneoffs.filter((id) => drafted.has(id)).length / Math.max(1, oneoffs.length)),
    /** Messages of the labelled topics that are in a draft of their own topic: how many phrasings join their topic. */
    topicMessagesInDrafts: round(inOwnDraft(drafts, scored, members, topicOfMessage, new Set(labelledTopics))),
    tracedMessages: round(topicOfMessage.size / Math.max(1, messages.length)),
    ...(mixed
      ? {
          filler,
          recallSharedTopics: round(
            labelledTopics.filter((topic) => scored.some((draft) => draft.ownMajority === topic)).length / Math.max(1, labelledTopics.length),
          ),
          /** Of oneoffsInDrafts, those in drafts of the labelled export's majority (the rest joined the other company's group about the same matter). */
          oneoffsInOwnDrafts: round(oneoffs.filter((id) => draftedOwn.has(id)).length / Math.max(1, oneoffs.length)),
          fillerSeed: Number(values['filler-seed']),
          /** The generated company's own topics, judged against the generator's ground truth. */
          fillerTopics: judge(
            scored.filter(isFiller),
            SYNTH_TOPICS.map((topic) => FILLER + topic.key),
            new Set(),
            checkKnowledge,
          ),
        }
      : {}),
    seconds: round((performance.now() - started) / 1000),
  };
}

/** Recall, fragmentation, purity, junk and titles of the drafts judged against one export's topics. */
function judge(
  scored: readonly ScoredDraft[],
  topicIds: readonly string[],
  published: ReadonlySet<string>,
  knowledge: Parameters<typeof isSelfContainedTitle>[2],
) {
  const recalled = topicIds.filter((topic) => scored.some((draft) => draft.majority === topic));
  for (const topic of topicIds.filter((t) => !recalled.includes(t))) console.error(`topics: no draft for ${topic}`);
  return {
    topics: topicIds.length,
    drafts: scored.length,
    recall: round(recalled.length / Math.max(1, topicIds.length)),
    fragmentation: round(recalled.reduce((sum, topic) => sum + scored.filter((d) => d.majority === topic).length, 0) / Math.max(1, recalled.length)),
    purity: round(median(scored.map((draft) => draft.purity))),
    junk: scored.filter((draft) => SPECIAL_TOPICS.has(draft.majority.replace(FILLER, '')) || draft.purity < JUNK_PURITY).length,
    lookalikeMerges: scored.filter((draft) => draft.lookalikeShare >= LOOKALIKE_SHARE).length,
    selfContainedTitles: round(scored.filter((draft) => isSelfContainedTitle(draft.title, draft.lang, knowledge)).length / Math.max(1, scored.length)),
    /** Drafts for a question a published article already answers (should be 0). */
    draftsOfPublishedTopics: scored.filter((draft) => published.has(draft.majority)).length,
  };
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

function inOwnDraft(
  drafts: readonly Created[],
  scored: readonly ScoredDraft[],
  members: ReadonlyMap<string, string[]>,
  topicOf: ReadonlyMap<string, string>,
  topics: ReadonlySet<string>,
): number {
  const ofTopic = [...topicOf.values()].filter((topic) => topics.has(topic)).length;
  const inOwn = drafts.reduce(
    (sum, outcome, index) =>
      sum + (members.get(outcome.cluster.id) ?? []).filter((id) => topicOf.get(id) === scored[index]!.majority && topics.has(scored[index]!.majority)).length,
    0,
  );
  return inOwn / Math.max(1, ofTopic);
}

/** For every labelled topic (stderr): how many of its messages each kind of outcome holds, and the rest (one-offs, noise). */
function whereTopicsWent(outcomes: readonly ClusterOutcome[], members: ReadonlyMap<string, string[]>, topicOf: ReadonlyMap<string, string>): void {
  const where = new Map<string, Map<string, number>>();
  const placed = new Set<string>();
  for (const outcome of outcomes) {
    const ids = members.get(outcome.cluster.id) ?? [];
    for (const id of ids) {
      const topic = topicOf.get(id);
      if (!topic || topic.startsWith(FILLER) || placed.has(id)) continue;
      placed.add(id);
      const counts = where.get(topic) ?? new Map<string, number>();
      where.set(topic, counts);
      counts.set(outcome.kind, (counts.get(outcome.kind) ?? 0) + 1);
    }
  }
  for (const [id, topic] of topicOf) {
    if (topic.startsWith(FILLER) || placed.has(id)) continue;
    const counts = where.get(topic) ?? new Map<string, number>();
    where.set(topic, counts);
    counts.set('unclustered', (counts.get('unclustered') ?? 0) + 1);
  }
  for (const [topic, counts] of [...where].sort())
    if (!SPECIAL_TOPICS.has(topic)) console.error(`where: ${topic.padEnd(28)} ${[...counts].map(([k, c]) => `${k} ${c}`).join(', ')}`);
}

// --- internal ---

const BUNDLED = {
  export: 'scripts/examples/webcare-export.csv',
  content: 'content/faq',
  'company-handle': '@VeldlichtNL,Veldlicht',
  'id-column': 'Bericht-ID',
};

/** Labels from the generator of the bundled export; topics with an article in content/ count as published. */
function bundledTruth(): { labels: Map<string, string>; topics: Record<string, string>[] } {
  const labels = new Map(exampleRows().map((row) => [row.id, row.topic ?? (row.direction === 'out' ? 'reply' : 'noise')]));
  const topics = SYNTH_TOPICS.map((topic) => ({ topic: topic.key, lookalike_of: '', published: topic.faq ? 'yes' : 'no' }));
  return { labels, topics };
}

function settings(pairs: readonly string[]): Record<string, number> {
  return Object.fromEntries(pairs.map((pair) => pair.split('=')).map(([key, value]) => [key!, Number(value)]));
}

type Created = ClusterOutcome & { kind: 'created'; article: { title: string } };
type ScoredDraft = {
  cohesion: number;
  title: string;
  lang: 'nl' | 'en';
  size: number;
  majority: string;
  /** The topic most of the draft's labelled messages have (generated messages left aside), when at least MIN_OWN_MESSAGES do. */
  ownMajority: string;
  purity: number;
  lookalikeShare: number;
};

function scoreDraft(
  outcome: Created,
  memberIds: readonly string[],
  topicOf: ReadonlyMap<string, string>,
  lookalikeOf: ReadonlyMap<string, string>,
): ScoredDraft {
  const counts = new Map<string, number>();
  for (const id of memberIds) {
    const topic = topicOf.get(id) ?? 'unlabelled';
    counts.set(topic, (counts.get(topic) ?? 0) + 1);
  }
  const byCount = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const [majority, top] = byCount[0] ?? ['none', 0];
  const [ownMajority, ownTop] = byCount.find(([topic]) => !topic.startsWith(FILLER)) ?? ['none', 0];
  const size = Math.max(1, memberIds.length);
  const lookalike = lookalikeOf.get(majority);
  return {
    cohesion: outcome.cluster.cohesion,
    title: outcome.article.title,
    lang: outcome.cluster.lang === 'en' ? 'en' : 'nl',
    size: memberIds.length,
    majority,
    ownMajority: ownTop >= MIN_OWN_MESSAGES ? ownMajority : 'none',
    purity: top / size,
    lookalikeShare: lookalike ? (counts.get(lookalike) ?? 0) / size : 0,
  };
}

function readFaqFiles(dir: string): { path: string; text: string }[] {
  const files: { path: string; text: string }[] = [];
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.mdx') || name.endsWith('.md')) files.push({ path: relative(dir, path), text: readFileSync(path, 'utf8') });
    }
  };
  walk(dir);
  return files;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
