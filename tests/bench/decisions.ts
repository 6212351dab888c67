// `npm run bench -- decisions --export <file> --labels <labels.csv> --topics <topics.csv> [--company-handle …] [--seed 1]`
// Replays an editor on a labelled export: mine and draft the first month, decide what an editor
// would (from the labels: reject junk and one-offs, attach fragments and leftovers to their topic's
// draft, split mixed drafts, make an article of a pure "needs a look" group), then mine every later
// month and the whole export, once with the decisions and once without, and count what needs an
// editor's attention in each.
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { DEFAULTS as DRAFT_DEFAULTS } from '#scripts/commands/draft.ts';
import { parseShortIdRegistry, planDrafts, type ClusterOutcome, type DraftPlan } from '#lib/draft/index.ts';
import { decide, parseDecisions, type DecisionRequest } from '#lib/decisions/index.ts';
import { loadPlaceIndex } from '#lib/io/places.ts';
import { loadDictionaries } from '#lib/io/spelling.ts';
import { isPlaceName } from '#lib/text/slots.ts';
import { displayText, mineMessagesWithMembers } from '#lib/mine/index.ts';
import { seedsOf } from '#lib/mine/seeds.ts';
import type { DecisionsFile } from '#core/decisions.ts';
import type { MiningResult } from '#core/cluster.ts';
import type { Message } from '#core/message.ts';
import { ingestLabelled, readCsv, readLabels, SPECIAL_TOPICS } from './_labelled.ts';

const MONTH_MS = 30 * 24 * 3600 * 1000;
/** A group is one topic's when this share of its labelled messages has that topic. */
const PURE = 0.6;
/** A second topic with at least this many messages and this share of a draft makes it mixed: split. */
const SPLIT_MIN_MESSAGES = 3;
const SPLIT_MIN_SHARE = 0.2;

type Run = { plan: DraftPlan; mining: MiningResult; members: Map<string, string[]> };
type Content = Map<string, string>;

export default async function decisionsBench(args: string[]): Promise<Record<string, unknown>> {
  const { values } = parseArgs({
    args,
    options: {
      export: { type: 'string' },
      labels: { type: 'string' },
      topics: { type: 'string' },
      'company-handle': { type: 'string', default: '' },
      seed: { type: 'string', default: '1' },
      'id-column': { type: 'string', default: 'Bericht-ID' },
    },
  });
  if (!values.export || !values.labels || !values.topics) {
    throw new Error('usage: npm run bench -- decisions --export <file> --labels <labels.csv> --topics <topics.csv> [--company-handle …] [--seed N]');
  }
  const started = performance.now();
  const companyHandles = values['company-handle']!.split(',')
    .map((h) => h.trim())
    .filter(Boolean);
  const { messages, topicOfMessage } = await ingestLabelled(values.export, readFileSync(values.export), {
    labels: readLabels(values.labels),
    companyHandles,
    idColumn: values['id-column']!,
  });
  const canonical = new Map(readCsv(values.topics).map((row) => [row['topic']!, row['canonical_question']!]));
  const miner = await minerFor(Number(values.seed));
  const months = monthsOf(messages);

  const first = await miner.run(months[0]!, { content: new Map(), decisions: noDecisions(), previous: undefined, seeds: false });
  const draftedContent = applyWrites(new Map(), first.plan.writes, []);
  const editor = replayEditor(first, topicOfMessage, canonical, textTopics(messages, topicOfMessage));
  const decided = takeDecisions(editor.requests, first, draftedContent);

  const later = [...months.slice(1).map((slice, at) => ({ name: `month ${at + 2}`, slice })), { name: 'whole export', slice: messages }];
  const counts = { withDecisions: 0, withoutDecisions: 0, draftsLaterRuns: 0, rejectedReturned: 0, attachedQuestions: 0, attachedLanded: 0 };
  for (const { name, slice } of later) {
    const withDecisions = await miner.run(slice, { content: decided.content, decisions: decided.decisions, previous: first.mining, seeds: true });
    const without = await miner.run(slice, { content: draftedContent, decisions: noDecisions(), previous: first.mining, seeds: false });
    const attention = [needingAttention(withDecisions.plan), needingAttention(without.plan)];
    const returned = returnedRejections(withDecisions, editor, topicOfMessage);
    const landed = attachedLanding(withDecisions, slice, editor.attachedTopics, topicOfMessage);
    console.error(
      `decisions: ${name}: attention ${attention[0]} (without decisions ${attention[1]}), new drafts ${count(withDecisions.plan, 'created')}, rejected back ${returned}, attached ${landed.landed}/${landed.questions}, matched ${JSON.stringify(withDecisions.plan.decided)}`,
    );
    counts.withDecisions += attention[0]!;
    counts.withoutDecisions += attention[1]!;
    counts.draftsLaterRuns += count(withDecisions.plan, 'created');
    counts.rejectedReturned += returned;
    counts.attachedQuestions += landed.questions;
    counts.attachedLanded += landed.landed;
  }
  return {
    export: values.export,
    seed: Number(values.seed),
    months: months.length,
    draftsFirstRun: count(first.plan, 'created'),
    itemsNeedingAttentionFirstRun: needingAttention(first.plan),
    decisions: decided.decisions.decisions.length,
    decisionsByKind: byKind(decided.decisions),
    refusedDecisions: decided.refused,
    draftsLaterRuns: counts.draftsLaterRuns,
    rejectedReturned: counts.rejectedReturned,
    attachedRecall: round(counts.attachedLanded / Math.max(1, counts.attachedQuestions)),
    itemsNeedingAttention: { before: counts.withoutDecisions, after: counts.withDecisions },
    attentionFall: round(1 - counts.withDecisions / Math.max(1, counts.withoutDecisions)),
    seconds: round((performance.now() - started) / 1000),
  };
}

// --- the runs ---

async function minerFor(seed: number) {
  const places = await loadPlaceIndex();
  const titleKnowledge = { isPlace: (word: string) => isPlaceName(word, places), places, dictionaries: await loadDictionaries() };
  return {
    async run(
      messages: readonly Message[],
      state: { content: Content; decisions: DecisionsFile; previous: MiningResult | undefined; seeds: boolean },
    ): Promise<Run> {
      const faqFiles = filesOf(state.content);
      const { result: mining, members } = await mineMessagesWithMembers(messages, {
        seed,
        places,
        previous: state.previous ?? null,
        seeds: state.seeds ? seedsOf(faqFiles, state.decisions) : [],
      });
      const plan = planDrafts({
        mining,
        faqFiles,
        otherShortIds: [],
        registry: parseShortIdRegistry(undefined),
        decisions: state.decisions,
        options: { minQuestions: DRAFT_DEFAULTS.minQuestions, minAuthors: DRAFT_DEFAULTS.minAuthors, titleMax: 60, titleKnowledge, clustersFile: 'bench' },
      });
      return { plan, mining, members };
    },
  };
}

/** What an editor has to act on: new drafts and groups that need a look. */
function needingAttention(plan: DraftPlan): number {
  return count(plan, 'created') + count(plan, 'needs-look') + count(plan, 'deferred');
}

// --- the editor, from the labels ---

type Profile = { majority: string; purity: number; second: string | undefined; secondCount: number; secondShare: number };
type RejectedGroup = { members: Set<string>; majority: string };

function replayEditor(first: Run, topicOf: ReadonlyMap<string, string>, canonical: ReadonlyMap<string, string>, topicOfText: ReadonlyMap<string, string>) {
  const requests: DecisionRequest[] = [];
  const rejected: RejectedGroup[] = [];
  const attachedTopics = new Map<string, string>();
  const primary = new Map<string, string>();
  const profile = (outcome: ClusterOutcome) => profileOf(first.members.get(outcome.cluster.id) ?? [], topicOf);
  const reject = (outcome: ClusterOutcome, majority: string) => {
    requests.push({ kind: 'reject', groupId: outcome.cluster.id, reason: majority === 'noise' ? 'not-a-question' : 'one-off' });
    rejected.push({ members: new Set(first.members.get(outcome.cluster.id) ?? []), majority });
  };
  const drafts = first.plan.outcomes.filter((o): o is ClusterOutcome & { kind: 'created'; article: { path: string } } => o.kind === 'created');
  for (const outcome of drafts) {
    const { majority, purity } = profile(outcome);
    if (!SPECIAL_TOPICS.has(majority) && purity >= PURE && !primary.has(majority)) primary.set(majority, outcome.article.path);
  }
  for (const outcome of drafts) {
    const { majority, purity, second, secondCount, secondShare } = profile(outcome);
    if (SPECIAL_TOPICS.has(majority) || purity < PURE) reject(outcome, majority);
    else if (primary.get(majority) !== outcome.article.path) attach(outcome, majority);
    else if (second && secondCount >= SPLIT_MIN_MESSAGES && secondShare >= SPLIT_MIN_SHARE) {
      const questions = questionsOf(outcome).filter((text) => topicOfText.get(text) === second);
      if (questions.length > 0) requests.push({ kind: 'split', groupId: outcome.cluster.id, questions, title: canonical.get(second) ?? questions[0]! });
    }
  }
  for (const outcome of first.plan.outcomes.filter((o) => o.kind === 'needs-look')) {
    const { majority, purity } = profile(outcome);
    if (SPECIAL_TOPICS.has(majority) || purity < PURE) reject(outcome, majority);
    else if (primary.has(majority)) attach(outcome, majority);
    else {
      requests.push({ kind: 'create', groupId: outcome.cluster.id, title: canonical.get(majority) ?? outcome.cluster.label });
      attachedTopics.set(majority, `created:${outcome.cluster.id}`);
    }
  }
  const placed = new Set([...primary.keys(), ...attachedTopics.keys()]);
  const onlyRejected = new Set(rejected.map((group) => group.majority).filter((topic) => !SPECIAL_TOPICS.has(topic) && !placed.has(topic)));
  return { requests, rejected, onlyRejected, attachedTopics };

  function attach(outcome: ClusterOutcome, topic: string): void {
    requests.push({ kind: 'attach', groupId: outcome.cluster.id, target: primary.get(topic)! });
    attachedTopics.set(topic, primary.get(topic)!);
  }
}

function profileOf(memberIds: readonly string[], topicOf: ReadonlyMap<string, string>): Profile {
  const counts = new Map<string, number>();
  for (const id of memberIds) {
    const topic = topicOf.get(id) ?? 'unlabelled';
    counts.set(topic, (counts.get(topic) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const size = Math.max(1, memberIds.length);
  const [majority, top] = ranked[0] ?? ['none', 0];
  const second = ranked.slice(1).find(([topic]) => !SPECIAL_TOPICS.has(topic));
  return { majority, purity: top / size, second: second?.[0], secondCount: second?.[1] ?? 0, secondShare: (second?.[1] ?? 0) / size };
}

function questionsOf(outcome: ClusterOutcome): string[] {
  return [...new Set([outcome.cluster.label, ...outcome.cluster.examples.map((example) => example.text)])];
}

/** The labelled topic of each question as mining shows it (its display text). */
function textTopics(messages: readonly Message[], topicOf: ReadonlyMap<string, string>): Map<string, string> {
  const topics = new Map<string, string>();
  for (const message of messages) {
    const topic = topicOf.get(message.id);
    if (topic) topics.set(displayText(message.text), topic);
  }
  return topics;
}

/** Every request through the product's own decision code, as the editor and the CLI apply them. */
function takeDecisions(requests: readonly DecisionRequest[], first: Run, drafted: Content) {
  let content = new Map(drafted);
  let decisions = noDecisions();
  let registry = first.plan.registry;
  const refused: string[] = [];
  const now = new Date(Date.parse(first.mining.generatedAt) + 24 * 3600 * 1000);
  for (const request of requests) {
    try {
      const result = decide({ decisions, plan: first.plan, faqFiles: filesOf(content), registry, now, scrub: (text) => text }, request);
      content = applyWrites(content, result.writes, result.removes);
      decisions = result.decisions;
      registry = result.registry;
    } catch (error) {
      refused.push(`${request.kind} ${'groupId' in request ? request.groupId : ''}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  for (const reason of refused) console.error(`decisions: refused: ${reason}`);
  return { content, decisions, refused: refused.length };
}

// --- what the later runs show ---

/** New drafts holding messages of a group the editor rejected, or of a real topic only ever rejected. */
function returnedRejections(
  run: Run,
  { rejected, onlyRejected }: { rejected: readonly RejectedGroup[]; onlyRejected: ReadonlySet<string> },
  topicOf: ReadonlyMap<string, string>,
): number {
  return run.plan.outcomes.filter((outcome) => {
    if (outcome.kind !== 'created') return false;
    const ids = run.members.get(outcome.cluster.id) ?? [];
    const { majority } = profileOf(ids, topicOf);
    return rejected.some((group) => ids.some((id) => group.members.has(id))) || onlyRejected.has(majority);
  }).length;
}

/** Questions of the attached topics in this run, and how many of them are in a group that lands on the article they were attached to. */
function attachedLanding(run: Run, slice: readonly Message[], attachedTopics: ReadonlyMap<string, string>, topicOf: ReadonlyMap<string, string>) {
  const articleOf = new Map<string, string>();
  for (const outcome of run.plan.outcomes) {
    if (!('article' in outcome)) continue;
    for (const id of run.members.get(outcome.cluster.id) ?? []) articleOf.set(id, outcome.article.path);
  }
  let questions = 0;
  let landed = 0;
  for (const message of slice) {
    const topic = topicOf.get(message.id);
    const target = topic ? attachedTopics.get(topic) : undefined;
    if (!target || target.startsWith('created:')) continue;
    questions++;
    if (articleOf.get(message.id) === target) landed++;
  }
  return { questions, landed };
}

// --- small things ---

function monthsOf(messages: readonly Message[]): Message[][] {
  const start = Math.min(...messages.map((message) => Date.parse(message.createdAt)));
  const months: Message[][] = [];
  for (const message of messages) {
    const month = Math.floor((Date.parse(message.createdAt) - start) / MONTH_MS);
    (months[month] ??= []).push(message);
  }
  return months.filter((month) => month.length > 0);
}

function applyWrites(content: Content, writes: readonly { path: string; text: string }[], removes: readonly string[]): Content {
  const next = new Map(content);
  for (const { path, text } of writes) next.set(path, text);
  for (const path of removes) next.delete(path);
  return next;
}

const filesOf = (content: Content) => [...content].map(([path, text]) => ({ path, text }));
const noDecisions = (): DecisionsFile => parseDecisions(undefined, 'decisions.json');
const count = (plan: DraftPlan, kind: ClusterOutcome['kind']): number => plan.outcomes.filter((outcome) => outcome.kind === kind).length;
const round = (x: number): number => Math.round(x * 1000) / 1000;

function byKind(decisions: DecisionsFile): Record<string, number> {
  const kinds: Record<string, number> = {};
  for (const decision of decisions.decisions) kinds[decision.kind] = (kinds[decision.kind] ?? 0) + 1;
  return kinds;
}
