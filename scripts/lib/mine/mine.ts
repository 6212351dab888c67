// Messages → recurring questions with their statistics (the MiningResult that `draft` reads).
import type { Cluster, MiningResult } from '#core/cluster.ts';
import type { Message } from '#core/message.ts';
import { clusterUniqueTexts, type ClusterOptions, type Clustering } from './cluster.ts';
import type { UniqueItem } from './dedupe.ts';
import { collectMessages, type Collected, type Questions } from './collect.ts';
import { assignIds, FINGERPRINT_SIZE, normalizedQuestionHash } from './ids.ts';
import { keywordExtractor } from './keywords.ts';
import { chanceOverlap, coherenceOf, majorityOf, majorityShare, residualOverlap, subjectCoverage, type AnswerCounts, type Coherence } from './coherence.ts';
import { isExplicitQuestion } from './detect.ts';
import { indexReplies } from './replies.ts';
import { stageTimer } from './stages.ts';
import { tokens } from '#core/text/index.ts';
import { withoutSlots, type PlaceIndex } from '../text/slots.ts';
import { claimBySeeds, groupsLikeSeeds, idfWeights, type Seed } from './seeds.ts';
import { activityInProcess, activityInWorker, majorityLang, type Activity, type WorkerStarter } from './activity.ts';

export type MineOptions = ClusterOptions & {
  /** The previous run's result: matching clusters (and sub-topics) keep their ids. */
  previous?: {
    clusters: readonly (Pick<Cluster, 'id' | 'label' | 'fingerprint'> & { subtopics?: readonly Pick<Cluster, 'id' | 'label' | 'fingerprint'>[] | undefined })[];
  } | null;
  /** Defaults to the newest message's time, so the output depends on the input only. */
  generatedAt?: string;
  maxExamples?: number;
  maxKeywords?: number;
  /** From this many questions on, a worker thread computes the clusters' activity (default 50,000), when `startWorker` is given. */
  parallelFrom?: number;
  /** Starts worker threads (scripts/lib/io's startFunctionWorker); without it everything runs in this thread. */
  startWorker?: WorkerStarter;
  /** Editors' decisions (articles' questions, rejected groups): each claims the questions like its own under its id (seeds.ts). */
  seeds?: readonly Seed[] | undefined;
};

/** Enough different phrasings for a draft's example questions (search indexes them). */
const DEFAULT_MAX_EXAMPLES = 19;

export async function mineMessages(messages: Iterable<Message>, options: MineOptions = {}): Promise<MiningResult> {
  return (await mineMessagesWithMembers(messages, options)).result;
}

/** `mineMessages` plus the ids of the messages in each cluster (by cluster id), for reports and evaluation. */
export async function mineMessagesWithMembers(messages: Iterable<Message>, options: MineOptions = {}): Promise<Mined> {
  const timer = stageTimer(options.log);
  const collected = collectMessages(messages);
  timer.done(`read ${collected.total} messages, ${collected.questions.text.length} questions`);
  return mineCollected(collected, options);
}

type Mined = { result: MiningResult; members: Map<string, string[]> };

/** Above this many questions the activity of clusters is computed in a worker thread. */
const PARALLEL_FROM = 50_000;
/** Up to this many questions the company's replies are read as evidence of shared answers. */
const ANSWER_EVIDENCE_UP_TO = 50_000;

/** Mining from what `collectMessages` (or `collectFile`) kept of an export. */
export async function mineCollected(collected: Collected, options: MineOptions = {}): Promise<Mined> {
  const { questions, exportStart, exportEnd, newest } = collected;
  const noiseByReason = { ...collected.noiseByReason };
  const timer = stageTimer(options.log);
  const followUps = dropFollowUps(questions, collected.firstReply);
  if (followUps > 0) noiseByReason['follow-up'] = followUps;
  const { text: _texts, normalized, ...withoutTexts } = questions;
  const activityInput = { questions: withoutTexts, authorCount: collected.authors.length, replies: collected.replies, exportStart, exportEnd };
  const activity =
    options.startWorker && questions.text.length >= (options.parallelFrom ?? PARALLEL_FROM)
      ? activityInWorker(activityInput, options.startWorker)
      : activityInProcess(activityInput);
  try {
    const langs = questions.lang.map((lang) => (lang === 'other' ? undefined : lang));
    const clustering = clusterUniqueTexts(questions.text, { ...options, langs, normalized, replies: repliesOfQuestions(questions, collected.replies) });
    timer.restart();
    const seeds = options.seeds ?? [];
    const claimed = claimedItems(clustering, questions, seeds, options.places);
    const clusterMembers = membersOf(clustering.itemCluster, clustering.clusters, clustering.itemOf, claimed);
    const subtopics = subtopicGroups(clustering, claimed);
    const seedMembers = membersOf(claimed, seeds.length, clustering.itemOf);
    const seedGroups = seeds.map((_, at) => at).filter((at) => seedMembers[at]!.length > 0);
    const groups = [...clusterMembers, ...subtopics.split.map((subtopic) => subtopics.members[subtopic]!), ...seedGroups.map((at) => seedMembers[at]!)];
    const activities = activity.of(groups);
    const describe = describer(clustering, questions, options);
    const descriptions = groups.map(describe);
    const stats = await activities;
    const summaries = groups.map((_, index) => ({ ...descriptions[index]!, ...stats[index]! }));
    timer.done(`summaries of ${clusterMembers.length} clusters and ${subtopics.split.length} sub-topics`);
    const seedIds = new Set(seeds.map((seed) => seed.id));
    const ids = assignIds(summaries.slice(0, clusterMembers.length), withoutIds(options.previous?.clusters ?? [], seedIds), seedIds);
    const subtopicIds = assignIds(
      summaries.slice(clusterMembers.length, clusterMembers.length + subtopics.split.length),
      withoutIds(
        (options.previous?.clusters ?? []).flatMap((cluster) => cluster.subtopics ?? []),
        seedIds,
      ),
      new Set([...ids, ...seedIds]),
    );
    const subtopicOf = new Map(
      subtopics.split.map((subtopic, index) => [subtopic, { summary: summaries[clusterMembers.length + index]!, id: subtopicIds[index]! }]),
    );
    const memberIds = new Map<string, string[]>();
    const seeded: Cluster[] = seedGroups.map((at, index) => {
      const id = seeds[at]!.id;
      memberIds.set(
        id,
        seedMembers[at]!.map((q) => questions.id[q]!),
      );
      const summary = summaries[clusterMembers.length + subtopics.split.length + index]!;
      // An editor's decision holds these questions together: the gate has nothing left to judge.
      return { ...groupOf(summary), id, coherence: { verdict: 'topic', reasons: [] } };
    });
    const clusters: Cluster[] = clusterMembers
      .map((members, index) => {
        memberIds.set(
          ids[index]!,
          members.map((q) => questions.id[q]!),
        );
        const own = subtopics.byCluster[index]!;
        if (members.length === 0) return undefined;
        if (own.length < 2) return { ...groupOf(summaries[index]!), id: ids[index]! };
        const split = own.map((subtopic) => {
          const { summary, id } = subtopicOf.get(subtopic)!;
          memberIds.set(
            id,
            subtopics.members[subtopic]!.map((q) => questions.id[q]!),
          );
          return { ...groupOf(summary), id };
        });
        split.sort(largestFirst);
        return { ...groupOf(summaries[index]!), id: ids[index]!, subtopics: split };
      })
      .filter((cluster) => cluster !== undefined)
      .concat(seeded)
      .sort(largestFirst);
    const clustered = [...clusterMembers, ...seedGroups.map((at) => seedMembers[at]!)].reduce((sum, m) => sum + m.length, 0);
    const result: MiningResult = {
      version: 1,
      generatedAt: options.generatedAt ?? (newest === '' ? new Date(0).toISOString() : new Date(exportEnd).toISOString()),
      stats: {
        messages: collected.total,
        inbound: collected.inbound,
        questions: questions.text.length,
        noise: collected.inbound - questions.text.length,
        noiseByReason,
        duplicatesCollapsed: questions.text.length - clustering.items.length,
        unclustered: questions.text.length - clustered,
      },
      clusters,
    };
    return { result, members: memberIds };
  } finally {
    activity.close();
  }
}

/** The company's replies to every question in its thread (none for big exports, which skip the answer evidence). */
function repliesOfQuestions(questions: Questions, replies: Collected['replies']): string[][] | undefined {
  if (replies.length === 0 || questions.text.length > ANSWER_EVIDENCE_UP_TO) return undefined;
  const repliesTo = indexReplies(replies);
  return questions.id.map((id, q) => repliesTo({ id, conversationId: questions.conversationId[q]!, createdAt: questions.time[q]! }).map((reply) => reply.text));
}

/** Largest first; equal sizes by id, so the order never depends on the run. */
function largestFirst(a: Pick<Cluster, 'size' | 'id'>, b: Pick<Cluster, 'size' | 'id'>): number {
  return b.size - a.size || (a.id < b.id ? -1 : 1);
}

/** A summary without what only id matching needs. */
function groupOf({ hashes: _hashes, ...group }: Description & Activity): Omit<Cluster, 'id'> {
  return group;
}

/**
 * Drops customer messages sent after the company already replied in that conversation ("en nu?",
 * "nog steeds niks"): they continue a thread rather than ask a new recurring question.
 */
function dropFollowUps(questions: Questions, firstReply: Map<string, number>): number {
  const keep: number[] = [];
  questions.time.forEach((time, i) => {
    if (time <= (firstReply.get(questions.conversationId[i]!) ?? Infinity)) keep.push(i);
  });
  const dropped = questions.time.length - keep.length;
  if (dropped > 0) {
    for (const key of Object.keys(questions) as (keyof Questions)[]) {
      const column = questions[key] as unknown[];
      keep.forEach((from, to) => {
        column[to] = column[from];
      });
      column.length = keep.length;
    }
  }
  return dropped;
}

/** The questions of every group; items claimed by a seed (index >= 0 in `claimed`) are left out. */
function membersOf(groupOfItem: Int32Array, groups: number, itemOf: Int32Array, claimed?: Int32Array): number[][] {
  const members: number[][] = Array.from({ length: groups }, () => []);
  itemOf.forEach((item, question) => {
    const group = groupOfItem[item]!;
    if (group >= 0 && !(claimed && claimed[item]! >= 0)) members[group]!.push(question);
  });
  return members;
}

/** The seed that claims every unique item, or -1 (seeds.ts). */
function claimedItems(clustering: Clustering, questions: Questions, seeds: readonly Seed[], places: PlaceIndex | undefined): Int32Array {
  if (seeds.length === 0) return new Int32Array(clustering.items.length).fill(-1);
  const langOf = ({ first }: { first: number }) => (questions.lang[first] === 'en' ? 'en' : questions.lang[first] === 'nl' ? 'nl' : undefined);
  // The question without its greeting and thanks (what was clustered), and without its slot values
  // (a place, an amount), is what an article's question is compared with.
  const slotFree = clustering.items.map((item) => tokens(withoutSlots(item.core, places), langOf(item)));
  const weight = idfWeights(slotFree);
  const claimed = claimBySeeds(
    clustering.items.map((item) => item.core),
    clustering.items.map(langOf),
    seeds,
    weight,
    places,
  );
  // Sub-topics, not clusters: each specific question gets its own article.
  const subtopicMembers = membersOf(clustering.itemSubtopic, clustering.subtopicCluster.length, clustering.itemOf);
  const likeSeed = groupsLikeSeeds(
    slotFree,
    clustering.itemSubtopic,
    subtopicMembers.map((members) => majorityLang(members, questions.lang)),
    seeds,
    weight,
    places,
  );
  return wholeGroupsToSeeds(clustering, claimed, likeSeed, (seed) => (seeds[seed]!.kind === 'rejection' ? REJECTION_JOIN_SHARE : SEED_JOIN_SHARE));
}

/** A group joins a seed whole when at least this share of its questions is that seed's (near-copies of its questions). */
const SEED_JOIN_SHARE = 0.25;
/** A rejection takes a group whole only when most of it is near-copies of the rejected questions: a rejected mix may hold a real question or two. */
const REJECTION_JOIN_SHARE = 0.5;

/**
 * A specific question (sub-topic) whose questions are largely one seed's joins that seed whole: its other phrasings are the
 * same topic in other words (left behind, they would look like a new question nobody answered).
 */
function wholeGroupsToSeeds(clustering: Clustering, claimed: Int32Array, likeSeed: Int32Array, joinShare: (seed: number) => number): Int32Array {
  const subtopics = clustering.subtopicCluster.length;
  const bySeed = Array.from({ length: subtopics }, () => new Map<number, number>());
  const sizes = new Int32Array(subtopics);
  clustering.itemOf.forEach((item) => {
    const subtopic = clustering.itemSubtopic[item]!;
    if (subtopic < 0) return;
    sizes[subtopic]!++;
    const seed = claimed[item]!;
    if (seed >= 0) bySeed[subtopic]!.set(seed, (bySeed[subtopic]!.get(seed) ?? 0) + 1);
  });
  const joins = bySeed.map((counts, subtopic) => {
    const [seed, count] = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0] ?? [-1, 0];
    return count > 0 && count >= joinShare(seed) * sizes[subtopic]! ? seed : likeSeed[subtopic]!;
  });
  return claimed.map((seed, item) => {
    const subtopic = clustering.itemSubtopic[item]!;
    return subtopic >= 0 && joins[subtopic]! >= 0 ? joins[subtopic]! : seed;
  });
}

/** The previous run's groups except those whose id a seed now holds. */
function withoutIds<T extends { id: string }>(groups: readonly T[], ids: ReadonlySet<string>): T[] {
  return groups.filter((group) => !ids.has(group.id));
}

/**
 * Sub-topics (specific questions) of every cluster: their members, the sub-topics of each cluster,
 * and those of clusters with more than one (only these are reported).
 */
function subtopicGroups(clustering: Clustering, claimed: Int32Array): { members: number[][]; byCluster: number[][]; split: number[] } {
  const members = membersOf(clustering.itemSubtopic, clustering.subtopicCluster.length, clustering.itemOf, claimed);
  const byCluster: number[][] = Array.from({ length: clustering.clusters }, () => []);
  clustering.subtopicCluster.forEach((cluster, subtopic) => {
    if (members[subtopic]!.length > 0) byCluster[cluster]!.push(subtopic);
  });
  return { members, byCluster, split: byCluster.flatMap((own) => (own.length > 1 ? own : [])) };
}

/** What the texts of a group say: label, keywords, examples, tightness, and hashes for stable ids. */
type Description = Pick<Cluster, 'label' | 'keywords' | 'uniqueQuestions' | 'cohesion' | 'examples' | 'fingerprint' | 'coherence'> & { hashes: Set<string> };

/** The most frequent distinct questions (items) of a cluster, hashed to match it with the previous run's. */
const MAX_HASHED_QUESTIONS = 500;

type ScoredItem = { item: number; count: number; similarity: number };

function describer(clustering: Clustering, questions: Questions, options: MineOptions): (members: readonly number[]) => Description {
  const hashOf = memoizedItemHash(clustering);
  const keywordsOf = keywordExtractor(clustering.items);
  const displayCores = new Array<string | undefined>(clustering.items.length);
  const displayCore = (item: number): string => (displayCores[item] ??= displayText(clustering.items[item]!.core));
  const misspellings = misspellingCounter(clustering.items);
  const gate = coherenceGate(clustering, questions);
  return (members) => {
    const items = itemsOf(members, clustering);
    const lang = majorityLang(members, questions.lang);
    const ranked = [...items].sort((a, b) => b.count - a.count || b.similarity - a.similarity || a.item - b.item);
    const totalWeight = items.reduce((sum, i) => sum + i.count, 0);
    const cohesion = items.reduce((sum, i) => sum + Math.max(0, i.similarity) * i.count, 0) / Math.max(1, totalWeight);
    return {
      label: pickLabel(items, displayCore, misspellings, (item) => questions.channel[clustering.items[item]!.first] === 'search'),
      keywords: keywordsOf(items, lang === 'en' ? 'en' : 'nl', options.maxKeywords ?? 6),
      uniqueQuestions: items.length,
      cohesion: round(Math.min(1, cohesion)),
      examples: diverseExamples(items, clustering, questions, options.maxExamples ?? DEFAULT_MAX_EXAMPLES),
      fingerprint: ranked.slice(0, FINGERPRINT_SIZE).map((i) => hashOf(i.item)),
      hashes: new Set(ranked.slice(0, MAX_HASHED_QUESTIONS).map(({ item }) => hashOf(item))),
      coherence: gate(members, items),
    };
  };
}

/** The coherence gate's measurements of a group (scripts/lib/mine/coherence.ts decides). */
function coherenceGate(clustering: Clustering, questions: Questions): (members: readonly number[], items: readonly ScoredItem[]) => Coherence {
  let documentFrequency: Map<string, number> | undefined;
  const frequency = (token: string): number => {
    if (!documentFrequency) {
      documentFrequency = new Map();
      for (const { tokens } of clustering.items) for (const t of new Set(tokens)) documentFrequency.set(t, (documentFrequency.get(t) ?? 0) + 1);
    }
    return documentFrequency.get(token) ?? 0;
  };
  const explicit = new Map<number, boolean>();
  const isExplicit = (item: number): boolean => {
    let known = explicit.get(item);
    if (known === undefined) explicit.set(item, (known = isExplicitQuestion(questions.text[clustering.items[item]!.first]!)));
    return known;
  };
  // Questions of a minority language share that language's everyday words ("order") more often.
  const chanceByLang = new Map<string, number>();
  const chanceIn = (lang: string): number => {
    let chance = chanceByLang.get(lang);
    if (chance === undefined) {
      const inLang = clustering.items.filter((item) => questions.lang[item.first] === lang).map((item) => item.tokens);
      chanceByLang.set(lang, (chance = chanceOverlap(inLang)));
    }
    return chance;
  };
  return (members, items) => {
    const subject = {
      items: [...items].sort((a, b) => b.count - a.count || a.item - b.item).map((i) => i.item),
      tokensOf: (item: number) => clustering.items[item]!.tokens,
      documentFrequency: frequency,
      totalItems: clustering.items.length,
    };
    return coherenceOf({
      // Site searches are a word or two: too short to tell their language by.
      langShare: majorityShare(members.filter((q) => questions.channel[q] !== 'search').map((q) => questions.lang[q]!)),
      // A site search is a short question, however it is typed ("betalingsregeling").
      questionShare: members.filter((q) => questions.channel[q] === 'search' || isExplicit(clustering.itemOf[q]!)).length / Math.max(1, members.length),
      subjectCoverage: subjectCoverage(subject),
      residualOverlap: residualOverlap(subject),
      // Wherever the small-export rules mined the questions (the whole export, or each community).
      // A flat pass over a large single-domain corpus shares its domain words ("card") everywhere:
      // there the chance rate would refuse real intents (banking77 search: success@3 0.876 against 0.881).
      chanceOverlap: clustering.smallExportRules ? chanceIn(majorityOf(members.map((q) => questions.lang[q]!))) : undefined,
      answers: answerCounts(items, clustering.answers),
    });
  };
}

function answerCounts(items: readonly ScoredItem[], evidence: Clustering['answers']): AnswerCounts | undefined {
  if (!evidence) return undefined;
  let replied = 0;
  let informative = 0;
  const replies = new Set<number>();
  for (const { item } of items) {
    const family = evidence.replyFamily(item);
    if (family < 0) continue;
    replied++;
    replies.add(family);
    if (evidence.familyOf[item]! >= 0) informative++;
  }
  return { replied, informative, differentReplies: replies.size, exportFamilies: evidence.families };
}

/** Distinct items of a cluster with their counts and similarity to the (count-weighted) centre. */
function itemsOf(members: readonly number[], clustering: Clustering): ScoredItem[] {
  const { dims, vectors } = clustering;
  const counts = new Map<number, number>();
  for (const q of members) {
    const item = clustering.itemOf[q]!;
    counts.set(item, (counts.get(item) ?? 0) + 1);
  }
  const centre = new Float64Array(dims);
  for (const [item, count] of counts) for (let d = 0; d < dims; d++) centre[d]! += vectors[item * dims + d]! * count;
  const norm = Math.sqrt(centre.reduce((s, v) => s + v * v, 0)) || 1;
  return [...counts].map(([item, count]) => {
    let similarity = 0;
    for (let d = 0; d < dims; d++) similarity += (vectors[item * dims + d]! * centre[d]!) / norm;
    return { item, count, similarity };
  });
}

/** The most central real question, preferring readable ones: a question mark, sensible length, no placeholders. */
function pickLabel(
  items: ScoredItem[],
  displayCore: (item: number) => string,
  misspellings: (item: number) => number,
  isSearch: (item: number) => boolean,
): string {
  let best = '';
  let bestScore = -Infinity;
  for (const { item, similarity, count } of items) {
    // The question without filler ("Dit kan toch niet de bedoeling zijn?") makes the better label and title.
    const text = displayCore(item);
    const length = text.length;
    const score =
      similarity +
      0.02 * Math.log2(count) +
      (text.includes('?') ? 0.03 : 0) -
      (length < 15 || length > 160 ? 0.1 : 0) -
      (text.includes('[') ? 0.05 : 0) -
      0.05 * misspellings(item) -
      // A site search ("betalingsregeling") names the topic but asks nothing: a customer's own question labels it better.
      (isSearch(item) ? 0.5 : 0);
    if (score > bestScore || (score === bestScore && text < best)) [best, bestScore] = [text, score];
  }
  return best;
}

/**
 * Likely typos in an item: words of four or more letters that no other distinct question of the
 * export uses ("miuten", "sptember"). A label becomes an article's public title, so among equally
 * central questions the one spelled like everyone else's wins.
 */
function misspellingCounter(items: readonly UniqueItem[]): (item: number) => number {
  let itemsWith: Map<string, number> | undefined;
  return (item) => {
    if (!itemsWith) {
      itemsWith = new Map();
      for (const { words } of items) for (const word of new Set(words)) itemsWith.set(word, (itemsWith.get(word) ?? 0) + 1);
    }
    let count = 0;
    for (const word of items[item]!.words) if (word.length >= 4 && /^\p{L}+$/u.test(word) && itemsWith.get(word) === 1) count++;
    return count;
  };
}

/** A real question as shown to editors: no leading handles, links or runs of whitespace. */
export function displayText(text: string): string {
  return text
    .replace(/^RT\s*@[\p{L}\p{N}_]+:?\s*/u, '')
    .replace(/(^|\s)@[\p{L}\p{N}_]+/gu, '$1')
    .replace(/\b(?:https?:\/\/|www\.)\S+/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Maximal marginal relevance: central questions that are not near-copies of each other. */
function diverseExamples(items: ScoredItem[], clustering: Clustering, questions: Questions, limit: number): Cluster['examples'] {
  const { dims, vectors } = clustering;
  const pool = [...items].sort((a, b) => b.similarity - a.similarity || a.item - b.item).slice(0, 200);
  // Each candidate's highest similarity to any chosen example, updated as examples are chosen.
  const redundancy = new Float64Array(pool.length);
  const taken = new Uint8Array(pool.length);
  const chosen: ScoredItem[] = [];
  const seen = new Set<string>();
  while (chosen.length < limit) {
    let bestIndex = -1;
    let bestScore = -Infinity;
    for (let index = 0; index < pool.length; index++) {
      if (taken[index]) continue;
      const score = pool[index]!.similarity - 0.5 * redundancy[index]!;
      if (score > bestScore) [bestIndex, bestScore] = [index, score];
    }
    if (bestIndex < 0) break;
    taken[bestIndex] = 1;
    const picked = pool[bestIndex]!;
    const text = displayText(questions.text[clustering.items[picked.item]!.first]!);
    if (seen.has(text)) continue;
    seen.add(text);
    chosen.push(picked);
    const offset = picked.item * dims;
    for (let index = 0; index < pool.length; index++) {
      if (taken[index]) continue;
      const other = pool[index]!.item * dims;
      let sim = 0;
      for (let d = 0; d < dims; d++) sim += vectors[other + d]! * vectors[offset + d]!;
      if (sim > redundancy[index]!) redundancy[index] = sim;
    }
  }
  return chosen.map((c) => ({
    text: displayText(questions.text[clustering.items[c.item]!.first]!),
    similarity: round(Math.max(0, Math.min(1, c.similarity))),
  }));
}

/** `questionHash` per item, computed once. */
function memoizedItemHash(clustering: Clustering): (item: number) => string {
  const hashes = new Array<string | undefined>(clustering.items.length);
  return (item) => (hashes[item] ??= normalizedQuestionHash(clustering.items[item]!.normalized));
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
