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
import type { ShortIdRegistry } from '#lib/draft/shortid.ts';
import { decide, parseDecisions, type DecisionRequest } from '#lib/decisions/index.ts';
import { loadPlaceIndex } from '#lib/io/places.ts';
import { loadDictionaries } from '#lib/io/spelling.ts';
import { isPlaceName } from '#lib/text/slots.ts';
import { collectMessages, displayText, mineMessagesWithMembers } from '#lib/mine/index.ts';
import { seedsOf } from '#lib/mine/seeds.ts';
import type { DecisionsFile } from '#core/decisions.ts';
import type { MiningResult } from '#core/cluster.ts';
import type { Message } from '#core/message.ts';
import { ingestLabelled, LABELLED_EXPORT_OPTIONS, readCsv, readLabels, SPECIAL_TOPICS } from './_labelled.ts';

const MONTH_MS = 30 * 24 * 3600 * 1000;
/** A second topic with at least this many messages and this share of a draft makes it mixed: split. */
const SPLIT_MIN_MESSAGES = 3;
const SPLIT_MIN_SHARE = 0.2;

type Run = { plan: DraftPlan; mining: MiningResult; members: Map<string, string[]> };
type Content = Map<string, string>;

export default async function decisionsBench(args: string[]): Promise<Record<string, unknown>> {
  const { values } = parseArgs({
    args,
    options: {
      ...LABELLED_EXPORT_OPTIONS,
      'company-handle': { type: 'string', default: '' },
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
  for (const outcome of first.plan.outcomes.filter((o) => o.kind === 'created' || o.kind === 'needs-look')) {
    const { majority, purity } = profileOf(first.members.get(outcome.cluster.id) ?? [], topicOfMessage);
    console.error(`decisions: first run ${outcome.kind} ${outcome.cluster.id} ${majority} ${purity.toFixed(2)} "${outcome.cluster.label.slice(0, 70)}"`);
  }
  const draftedContent = applyWrites(new Map(), first.plan.writes, []);
  const editor = replayEditor(first, topicOfMessage, canonical, textTopics(messages, topicOfMessage));
  const decided = takeDecisions(editor, first, draftedContent);

  // Without decisions an editor could only delete a draft that is not an article.
  const oldWay = applyWrites(draftedContent, [], editor.rejectedDrafts);
  const seen = seenBefore(first, editor, topicOfMessage);
  const firstRunMessages = new Set(months[0]!.map((message) => message.id));
  const later = [...months.slice(1).map((slice, at) => ({ name: `month ${at + 2}`, slice })), { name: 'whole export', slice: messages }];
  const counts = {
    misplaced: 0,
    misplacedWithout: 0,
    stray: 0,
    strayWithout: 0,
    withDecisions: 0,
    withoutDecisions: 0,
    newWith: 0,
    newWithout: 0,
    draftsLaterRuns: 0,
    rejectedReturned: 0,
    attachedQuestions: 0,
    attachedLanded: 0,
  };
  for (const { name, slice } of later) {
    const withDecisions = await miner.run(slice, {
      content: decided.content,
      decisions: decided.decisions,
      previous: first.mining,
      seeds: true,
      registry: decided.registry,
    });
    const without = await miner.run(slice, { content: oldWay, decisions: noDecisions(), previous: first.mining, seeds: false, registry: first.plan.registry });
    const attention = [repeatWork(withDecisions, seen, topicOfMessage), repeatWork(without, seen, topicOfMessage)];
    counts.newWith += needingAttention(withDecisions.plan) - attention[0]!;
    counts.newWithout += needingAttention(without.plan) - attention[1]!;
    const returned = returnedRejections(withDecisions, editor.rejected, firstRunMessages, topicOfMessage);
    const landed = attachedLanding(withDecisions, slice, editor.attachedTopics, topicOfMessage);
    const misplaced = misplacedGroups(withDecisions, editor.topicOfArticle, topicOfMessage);
    const misplacedWithout = misplacedGroups(without, editor.topicOfArticle, topicOfMessage);
    counts.misplaced += misplaced;
    counts.misplacedWithout += misplacedWithout;
    counts.stray += strayQuestions(withDecisions, editor.topicOfArticle, topicOfMessage);
    counts.strayWithout += strayQuestions(without, editor.topicOfArticle, topicOfMessage);
    console.error(
      `decisions: ${name}: attention ${attention[0]} (without decisions ${attention[1]}), new drafts ${count(withDecisions.plan, 'created')}, rejected back ${returned}, attached ${landed.landed}/${landed.questions}, matched ${JSON.stringify(withDecisions.plan.decided)}`,
    );
    for (const [label, run] of [
      ['with', withDecisions],
      ['without', without],
    ] as const) {
      for (const outcome of run.plan.outcomes.filter((o) => o.kind === 'created' || o.kind === 'needs-look')) {
        const { majority, purity } = profileOf(run.members.get(outcome.cluster.id) ?? [], topicOfMessage);
        console.error(`decisions:   ${label} ${outcome.kind} ${outcome.cluster.id} ${majority} ${purity.toFixed(2)} "${outcome.cluster.label.slice(0, 70)}"`);
      }
    }
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
    /** Null when the replayed editor attached nothing (no fragments or leftovers of a drafted topic). */
    attachedRecall: counts.attachedQuestions > 0 ? round(counts.attachedLanded / counts.attachedQuestions) : null,
    attachedQuestions: counts.attachedQuestions,
    /** Items of later runs about what the editor already handled in the first run (its topics, its groups' messages), without and with the decisions. */
    itemsNeedingAttention: { before: counts.withoutDecisions, after: counts.withDecisions },
    /** Items of later runs about topics the first run did not show: new work either way. */
    newItemsLaterRuns: { without: counts.newWithout, with: counts.newWith },
    /** Groups of a real topic counted for an article of another topic (a new question hidden under an old answer), with and without decisions. */
    misplacedGroups: { without: counts.misplacedWithout, with: counts.misplaced },
    /** Questions counted for an article whose label is another topic or a one-off (noise aside), with and without decisions. */
    strayQuestions: { without: counts.strayWithout, with: counts.stray },
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
      state: { content: Content; decisions: DecisionsFile; previous: MiningResult | undefined; seeds: boolean; registry?: ShortIdRegistry },
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
        registry: state.registry ?? parseShortIdRegistry(undefined),
        decisions: state.decisions,
        options: { minQuestions: DRAFT_DEFAULTS.minQuestions, minAuthors: DRAFT_DEFAULTS.minAuthors, titleMax: 60, titleKnowledge, clustersFile: 'bench' },
      });
      return { plan, mining, members };
    },
  };
}

type Seen = { topics: Set<string>; members: Set<string> };

/** What the editor handled in the first run: the real topics of its drafts and groups, and their messages. */
function seenBefore(first: Run, editor: { attachedTopics: ReadonlyMap<string, string> }, topicOf: ReadonlyMap<string, string>): Seen {
  const seen: Seen = { topics: new Set(editor.attachedTopics.keys()), members: new Set() };
  for (const outcome of first.plan.outcomes.filter(isAttention)) {
    const ids = first.members.get(outcome.cluster.id) ?? [];
    for (const id of ids) seen.members.add(id);
    const { majority } = profileOf(ids, topicOf);
    if (!SPECIAL_TOPICS.has(majority)) seen.topics.add(majority);
  }
  return seen;
}

/** Items of a later run about something the editor already handled: a topic seen, or junk made of messages already judged. */
function repeatWork(run: Run, seen: Seen, topicOf: ReadonlyMap<string, string>): number {
  return run.plan.outcomes.filter(isAttention).filter((outcome) => {
    const ids = run.members.get(outcome.cluster.id) ?? [];
    const { majority } = profileOf(ids, topicOf);
    return SPECIAL_TOPICS.has(majority) ? ids.some((id) => seen.members.has(id)) : seen.topics.has(majority);
  }).length;
}

const isAttention = (outcome: ClusterOutcome): boolean => outcome.kind === 'created' || outcome.kind === 'needs-look' || outcome.kind === 'deferred';

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
  const rejectedDrafts: string[] = [];
  const topicOfNewArticle = new Map<DecisionRequest, string>();
  const reject = (outcome: ClusterOutcome, majority: string) => {
    if (outcome.kind === 'created') rejectedDrafts.push(outcome.article.path);
    requests.push({ kind: 'reject', groupId: outcome.cluster.id, reason: majority === 'noise' ? 'not-a-question' : 'one-off' });
    rejected.push({ members: new Set(first.members.get(outcome.cluster.id) ?? []), majority });
  };
  const drafts = first.plan.outcomes.filter((o): o is ClusterOutcome & { kind: 'created'; article: { path: string } } => o.kind === 'created');
  for (const outcome of drafts) {
    const { majority } = profile(outcome);
    if (!SPECIAL_TOPICS.has(majority) && !primary.has(majority)) primary.set(majority, outcome.article.path);
  }
  for (const outcome of drafts) {
    const { majority, second, secondCount, secondShare } = profile(outcome);
    if (SPECIAL_TOPICS.has(majority)) reject(outcome, majority);
    else if (primary.get(majority) !== outcome.article.path) attach(outcome, majority);
    else if (second && secondCount >= SPLIT_MIN_MESSAGES && secondShare >= SPLIT_MIN_SHARE) {
      const questions = questionsOf(outcome).filter((text) => topicOfText.get(text) === second);
      // A look-alike's questions in this draft: to that topic's own draft when it has one, else a draft of their own.
      const home = primary.get(second);
      if (questions.length > 0 && home && langOfPath(home) === outcome.cluster.lang) {
        requests.push({ kind: 'attach', groupId: outcome.cluster.id, target: home, questions });
        attachedTopics.set(second, home);
      } else if (questions.length > 0) {
        const request: DecisionRequest = { kind: 'split', groupId: outcome.cluster.id, questions, title: typedTitle(canonical.get(second) ?? questions[0]!) };
        requests.push(request);
        topicOfNewArticle.set(request, second);
      }
    }
  }
  for (const outcome of first.plan.outcomes.filter((o) => o.kind === 'needs-look')) {
    const { majority } = profile(outcome);
    if (SPECIAL_TOPICS.has(majority)) reject(outcome, majority);
    else if (primary.has(majority)) attach(outcome, majority);
    else {
      const questions = questionsOfTopic(outcome, majority);
      const request: DecisionRequest = {
        kind: 'create',
        groupId: outcome.cluster.id,
        title: typedTitle(canonical.get(majority) ?? outcome.cluster.label),
        ...(questions ? { questions } : {}),
      };
      requests.push(request);
      topicOfNewArticle.set(request, majority);
      attachedTopics.set(majority, `created:${outcome.cluster.id}`);
    }
  }
  const topicOfArticle = new Map([...primary].map(([topic, path]) => [path, topic]));
  return { requests, rejected, attachedTopics, rejectedDrafts, topicOfNewArticle, topicOfArticle };

  /** The group's questions of one topic, when its examples show which (an editor ticks those); all when none are known. */
  function questionsOfTopic(outcome: ClusterOutcome, topic: string): string[] | undefined {
    const questions = questionsOf(outcome);
    const ofTopic = questions.filter((text) => topicOfText.get(text) === topic);
    return ofTopic.length > 0 && ofTopic.length < questions.length ? ofTopic : undefined;
  }

  function attach(outcome: ClusterOutcome, topic: string): void {
    // An article answers in one language: a group in the other is that topic's draft in its own language.
    if (outcome.cluster.lang !== langOfPath(primary.get(topic)!)) return;
    const questions = questionsOfTopic(outcome, topic);
    requests.push({ kind: 'attach', groupId: outcome.cluster.id, target: primary.get(topic)!, ...(questions ? { questions } : {}) });
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
function takeDecisions(
  {
    requests,
    topicOfNewArticle,
    topicOfArticle,
  }: { requests: readonly DecisionRequest[]; topicOfNewArticle: ReadonlyMap<DecisionRequest, string>; topicOfArticle: Map<string, string> },
  first: Run,
  drafted: Content,
) {
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
      const topic = topicOfNewArticle.get(request);
      if (topic && 'article' in result.decision) topicOfArticle.set(result.decision.article, topic);
    } catch (error) {
      refused.push(`${request.kind} ${'groupId' in request ? request.groupId : ''}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  for (const reason of refused) console.error(`decisions: refused: ${reason}`);
  for (const decision of decisions.decisions) console.error(`decisions: took ${decision.kind} ${decision.groupId} "${decision.label.slice(0, 60)}"`);
  return { content, decisions, registry, refused: refused.length };
}

// --- what the later runs show ---

/** New drafts that are a rejected group again: mostly its messages, as far as they hold messages of the first run. */
function returnedRejections(run: Run, rejected: readonly RejectedGroup[], firstRunMessages: ReadonlySet<string>, topicOf: ReadonlyMap<string, string>): number {
  return run.plan.outcomes.filter((outcome) => {
    if (outcome.kind !== 'created') return false;
    const ids = run.members.get(outcome.cluster.id) ?? [];
    const { majority } = profileOf(ids, topicOf);
    // The rejected group's own messages make up at least half of what the draft holds of the earlier export.
    const earlier = ids.filter((id) => firstRunMessages.has(id));
    const back = rejected.some((group) => earlier.length > 0 && earlier.filter((id) => group.members.has(id)).length * 2 >= earlier.length);
    if (back) console.error(`decisions:   rejected group back as a draft: ${outcome.cluster.id} ${majority} "${outcome.cluster.label.slice(0, 70)}"`);
    return back;
  }).length;
}

/** Questions of the attached topics in this run, and how many of them are in a group that lands on the article they were attached to. */
function attachedLanding(run: Run, slice: readonly Message[], attachedTopics: ReadonlyMap<string, string>, topicOf: ReadonlyMap<string, string>) {
  const articleOf = new Map<string, string>();
  for (const outcome of run.plan.outcomes) {
    if (!('article' in outcome)) continue;
    for (const id of run.members.get(outcome.cluster.id) ?? []) articleOf.set(id, outcome.article.path);
  }
  // The customers' questions (what mining reads as one: not thanks, statements or chatter).
  const asked = new Set(collectMessages(slice).questions.id);
  const kindOf = new Map<string, string>();
  for (const outcome of run.plan.outcomes) for (const id of run.members.get(outcome.cluster.id) ?? []) kindOf.set(id, outcome.kind);
  let questions = 0;
  let landed = 0;
  const missed = new Map<string, number>();
  for (const message of slice) {
    const topic = topicOf.get(message.id);
    const target = topic ? attachedTopics.get(topic) : undefined;
    // An article answers in one language: the topic's questions in the other need their own.
    if (!target || target.startsWith('created:') || !asked.has(message.id) || message.lang !== langOfPath(target)) continue;
    questions++;
    if (articleOf.get(message.id) === target) landed++;
    else {
      const where = articleOf.has(message.id) ? `other article (${kindOf.get(message.id)})` : (kindOf.get(message.id) ?? 'no group');
      missed.set(where, (missed.get(where) ?? 0) + 1);
    }
  }
  if (missed.size > 0) console.error(`decisions:   attached questions elsewhere: ${[...missed].map(([where, n]) => `${where} ${n}`).join(', ')}`);
  return { questions, landed };
}

function strayQuestions(run: Run, topicOfArticle: ReadonlyMap<string, string>, topicOf: ReadonlyMap<string, string>): number {
  let stray = 0;
  for (const outcome of run.plan.outcomes) {
    const articleTopic = 'article' in outcome ? topicOfArticle.get(outcome.article.path) : undefined;
    if (articleTopic === undefined) continue;
    for (const id of run.members.get(outcome.cluster.id) ?? []) {
      const topic = topicOf.get(id);
      if (topic !== undefined && topic !== articleTopic && topic !== 'noise' && topic !== 'reply') stray++;
    }
  }
  return stray;
}

function misplacedGroups(run: Run, topicOfArticle: ReadonlyMap<string, string>, topicOf: ReadonlyMap<string, string>): number {
  return run.plan.outcomes.filter((outcome) => {
    const { majority } = profileOf(run.members.get(outcome.cluster.id) ?? [], topicOf);
    if (outcome.kind === 'rejected' && !SPECIAL_TOPICS.has(majority)) {
      console.error(`decisions:   misplaced: ${outcome.cluster.id} ${majority} rejected "${outcome.cluster.label.slice(0, 60)}"`);
      return true;
    }
    if (!('article' in outcome)) return false;
    const articleTopic = topicOfArticle.get(outcome.article.path);
    const wrong = articleTopic !== undefined && !SPECIAL_TOPICS.has(majority) && majority !== articleTopic;
    if (wrong)
      console.error(
        `decisions:   misplaced: ${outcome.cluster.id} ${majority} on ${outcome.article.path} (${articleTopic}) "${outcome.cluster.label.slice(0, 60)}"`,
      );
    return wrong;
  }).length;
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

/** The title an editor types: the topic's question, shortened when too long (its last clause, no aside in brackets). */
function typedTitle(question: string): string {
  if (question.length <= 60) return question;
  const clause = (question.split(/[;:]\s*/u).at(-1) ?? question).replace(/\s*\([^)]*\)/gu, '');
  return clause.replace(/^./u, (c) => c.toUpperCase());
}
const langOfPath = (path: string): string => path.slice(0, 2);
const filesOf = (content: Content) => [...content].map(([path, text]) => ({ path, text }));
const noDecisions = (): DecisionsFile => parseDecisions(undefined, 'decisions.json');
const count = (plan: DraftPlan, kind: ClusterOutcome['kind']): number => plan.outcomes.filter((outcome) => outcome.kind === kind).length;
const round = (x: number): number => Math.round(x * 1000) / 1000;

function byKind(decisions: DecisionsFile): Record<string, number> {
  const kinds: Record<string, number> = {};
  for (const decision of decisions.decisions) kinds[decision.kind] = (kinds[decision.kind] ?? 0) + 1;
  return kinds;
}
