// Messages → recurring questions with their statistics (the MiningResult that `draft` reads).
import type { Cluster, MiningResult, Subtopic } from '../cluster-schema.ts';
import type { Channel, Message } from '../message-schema.ts';
import { clusterUniqueTexts, type ClusterOptions, type Clustering } from './cluster.ts';
import { detectQuestion, type Detection } from './detect.ts';
import { assignIds, FINGERPRINT_SIZE, normalizedQuestionHash } from './ids.ts';
import { keywordExtractor } from './keywords.ts';
import { stageTimer } from './stages.ts';
import { bestReply, evenlySpread, indexReplies, type ReplyRecord } from './replies.ts';
import { trendOf, weeklyCounts } from './trend.ts';

export type MineOptions = ClusterOptions & {
  /** The previous run's result: matching clusters (and sub-topics) keep their ids. */
  previous?: { clusters: readonly (Pick<Cluster, 'id' | 'label' | 'fingerprint'> & { subtopics?: readonly Pick<Cluster, 'id' | 'label' | 'fingerprint'>[] | undefined })[] } | null;
  /** Defaults to the newest message's time, so the output depends on the input only. */
  generatedAt?: string;
  maxExamples?: number;
  maxKeywords?: number;
};

/** Enough different phrasings for a draft's example questions (search indexes them). */
const DEFAULT_MAX_EXAMPLES = 19;

type Questions = {
  text: string[];
  id: string[];
  conversationId: string[];
  time: number[];
  createdAt: string[];
  author: string[];
  /** The author as a small number (first seen, first numbered), for counting distinct authors fast. */
  authorId: number[];
  channel: Channel[];
  lang: Message['lang'][];
};

export function mineMessages(messages: Iterable<Message>, options: MineOptions = {}): MiningResult {
  return mineMessagesWithMembers(messages, options).result;
}

/** `mineMessages` plus the ids of the messages in each cluster (by cluster id), for reports and evaluation. */
export function mineMessagesWithMembers(
  messages: Iterable<Message>,
  options: MineOptions = {},
): { result: MiningResult; members: Map<string, string[]> } {
  const questions: Questions = { text: [], id: [], conversationId: [], time: [], createdAt: [], author: [], authorId: [], channel: [], lang: [] };
  const authorIds = new Map<string, number>();
  const replies: ReplyRecord[] = [];
  const noiseByReason: Record<string, number> = {};
  let total = 0;
  let inbound = 0;
  let exportStart = Infinity;
  let exportEnd = -Infinity;
  let newest = '';
  const timer = stageTimer(options.log);
  // Copy-pasted questions and retweets repeat: detect each distinct text once.
  // The text kept is the first copy seen: a million parsed messages repeat the same strings.
  const detections = new Map<string, { detection: Detection; text: string }>();
  const replyTexts = new Map<string, string>();
  const firstReply = new Map<string, number>();
  for (const message of messages) {
    total++;
    const time = Date.parse(message.createdAt);
    exportStart = Math.min(exportStart, time);
    if (time > exportEnd) [exportEnd, newest] = [time, message.createdAt];
    if (message.direction === 'out') {
      firstReply.set(message.conversationId, Math.min(time, firstReply.get(message.conversationId) ?? Infinity));
      let text = replyTexts.get(message.text);
      if (text === undefined) replyTexts.set(message.text, (text = message.text));
      replies.push({ id: message.id, conversationId: message.conversationId, inReplyTo: message.inReplyTo, createdAt: time, text });
      continue;
    }
    inbound++;
    let known = detections.get(message.text);
    if (!known) {
      known = { detection: detectQuestion(message.text, message.lang), text: message.text };
      detections.set(message.text, known);
    }
    const { detection } = known;
    if (!detection.isQuestion) {
      noiseByReason[detection.reason] = (noiseByReason[detection.reason] ?? 0) + 1;
      continue;
    }
    questions.text.push(known.text);
    questions.id.push(message.id);
    questions.conversationId.push(message.conversationId);
    questions.time.push(time);
    questions.createdAt.push(message.createdAt);
    questions.author.push(message.author);
    let authorId = authorIds.get(message.author);
    if (authorId === undefined) authorIds.set(message.author, (authorId = authorIds.size));
    questions.authorId.push(authorId);
    questions.channel.push(message.channel);
    questions.lang.push(message.lang);
  }
  detections.clear();
  replyTexts.clear();
  timer.done(`read ${total} messages, ${questions.text.length} questions`);
  const followUps = dropFollowUps(questions, firstReply);
  if (followUps > 0) noiseByReason['follow-up'] = followUps;
  const langs = questions.lang.map((lang) => (lang === 'other' ? undefined : lang));
  const clustering = clusterUniqueTexts(questions.text, { ...options, langs });
  timer.restart();
  const repliesTo = indexReplies(replies);
  const hashOf = memoizedItemHash(clustering);
  const keywordsOf = keywordExtractor(clustering.items);
  const countAuthors = distinctCounter(authorIds.size, questions.authorId);
  const members = membersByCluster(clustering);
  const summaries = members.map((clusterMembers) =>
    summarize(clusterMembers, clustering, questions, { repliesTo, hashOf, keywordsOf, countAuthors, exportStart, exportEnd, options }),
  );
  const ids = assignIds(
    summaries.map((s) => ({ label: s.cluster.label, hashes: s.hashes })),
    options.previous?.clusters ?? [],
  );
  timer.done(`summaries of ${summaries.length} clusters`);
  const subtopics = subtopicsOf(clustering, questions, { repliesTo, hashOf, keywordsOf, countAuthors, exportStart, exportEnd, options }, new Set(ids));
  timer.done('summaries of their sub-topics');
  const clusters: Cluster[] = summaries
    .map((s, index) => {
      const own = subtopics.byCluster[index]!;
      return { ...s.cluster, id: ids[index]!, ...(own.length > 1 ? { subtopics: own.map((sub) => sub.subtopic) } : {}) };
    })
    .sort((a, b) => b.size - a.size || (a.id < b.id ? -1 : 1));
  const clustered = members.reduce((sum, m) => sum + m.length, 0);
  const memberIds = new Map(members.map((clusterMembers, index) => [ids[index]!, clusterMembers.map((q) => questions.id[q]!)]));
  for (const own of subtopics.byCluster) {
    if (own.length > 1) for (const sub of own) memberIds.set(sub.subtopic.id, sub.members.map((q) => questions.id[q]!));
  }
  const result: MiningResult = {
    version: 1,
    generatedAt: options.generatedAt ?? (newest === '' ? new Date(0).toISOString() : new Date(exportEnd).toISOString()),
    stats: {
      messages: total,
      inbound,
      questions: questions.text.length,
      noise: inbound - questions.text.length,
      noiseByReason,
      duplicatesCollapsed: questions.text.length - clustering.items.length,
      unclustered: questions.text.length - clustered,
    },
    clusters,
  };
  return { result, members: memberIds };
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

/** Question indices of every cluster. */
function membersByCluster(clustering: Clustering): number[][] {
  return membersOf(clustering.itemCluster, clustering.clusters, clustering.itemOf);
}

function membersOf(groupOfItem: Int32Array, groups: number, itemOf: Int32Array): number[][] {
  const members: number[][] = Array.from({ length: groups }, () => []);
  itemOf.forEach((item, question) => {
    const group = groupOfItem[item]!;
    if (group >= 0) members[group]!.push(question);
  });
  return members;
}

type SummarizedSubtopic = { subtopic: Subtopic; members: number[] };

/**
 * Every cluster's sub-topics (specific questions), summarised like clusters, largest first, with
 * ids kept from the previous run's sub-topics where they match.
 */
function subtopicsOf(clustering: Clustering, questions: Questions, context: SummaryContext, clusterIds: ReadonlySet<string>): { byCluster: SummarizedSubtopic[][] } {
  const count = clustering.subtopicCluster.length;
  const members = membersOf(clustering.itemSubtopic, count, clustering.itemOf);
  const byCluster: number[][] = Array.from({ length: clustering.clusters }, () => []);
  clustering.subtopicCluster.forEach((cluster, subtopic) => byCluster[cluster]!.push(subtopic));
  const split = byCluster.flatMap((own) => (own.length > 1 ? own : []));
  const summaries = new Map(split.map((subtopic) => [subtopic, summarize(members[subtopic]!, clustering, questions, context)]));
  const previous = (context.options.previous?.clusters ?? []).flatMap((cluster) => cluster.subtopics ?? []);
  const ids = assignIds(split.map((subtopic) => ({ label: summaries.get(subtopic)!.cluster.label, hashes: summaries.get(subtopic)!.hashes })), previous, clusterIds);
  const idOf = new Map(split.map((subtopic, index) => [subtopic, ids[index]!]));
  return {
    byCluster: byCluster.map((own) =>
      own.length > 1
        ? own
            .map((subtopic) => ({ subtopic: { ...summaries.get(subtopic)!.cluster, id: idOf.get(subtopic)! }, members: members[subtopic]! }))
            .sort((a, b) => b.subtopic.size - a.subtopic.size || (a.subtopic.id < b.subtopic.id ? -1 : 1))
        : [],
    ),
  };
}

type SummaryContext = {
  /** `questionHash` of an item (a distinct question), remembered: clusters and their sub-topics hash the same items. */
  hashOf: (item: number) => string;
  keywordsOf: ReturnType<typeof keywordExtractor>;
  /** Distinct authors among these questions. */
  countAuthors: (members: readonly number[]) => number;
  repliesTo: (q: { id: string; conversationId: string; createdAt: number }) => ReplyRecord[];
  exportStart: number;
  exportEnd: number;
  options: MineOptions;
};

/** The most frequent distinct questions (items) of a cluster, hashed to match it with the previous run's. */
const MAX_HASHED_QUESTIONS = 500;
/** A big cluster's best answer is chosen from the replies to an evenly spread sample of its questions. */
const MAX_REPLY_LOOKUPS = 400;

/** Counts distinct values of `valueOf[member]` (small integers) without hashing: one stamp per value, renewed per call. */
function distinctCounter(size: number, valueOf: readonly number[]): (members: readonly number[]) => number {
  const stamps = new Int32Array(size);
  let stamp = 0;
  return (members) => {
    stamp++;
    let count = 0;
    for (const member of members) {
      const value = valueOf[member]!;
      if (stamps[value] !== stamp) {
        stamps[value] = stamp;
        count++;
      }
    }
    return count;
  };
}

type ScoredItem = { item: number; count: number; similarity: number };

function summarize(
  members: number[],
  clustering: Clustering,
  questions: Questions,
  context: SummaryContext,
): { cluster: Omit<Cluster, 'id'>; hashes: Set<string> } {
  const { options } = context;
  const items = itemsOf(members, clustering);
  const lang = majorityLang(members, questions.lang);
  const ranked = [...items].sort((a, b) => b.count - a.count || b.similarity - a.similarity || a.item - b.item);
  const label = pickLabel(items, clustering);
  const hashes = new Set(ranked.slice(0, MAX_HASHED_QUESTIONS).map(({ item }) => context.hashOf(item)));
  const times = members.map((q) => questions.time[q]!);
  let first = 0;
  let last = 0;
  times.forEach((time, i) => {
    if (time < times[first]!) first = i;
    if (time > times[last]!) last = i;
  });
  const clusterReplies = evenlySpread(members, MAX_REPLY_LOOKUPS).flatMap((q) =>
    context.repliesTo({ id: questions.id[q]!, conversationId: questions.conversationId[q]!, createdAt: questions.time[q]! }),
  );
  const totalWeight = items.reduce((sum, i) => sum + i.count, 0);
  const cohesion = items.reduce((sum, i) => sum + Math.max(0, i.similarity) * i.count, 0) / Math.max(1, totalWeight);
  return {
    hashes,
    cluster: {
      label,
      keywords: context.keywordsOf(items, lang === 'en' ? 'en' : 'nl', options.maxKeywords ?? 6),
      lang,
      size: members.length,
      uniqueQuestions: items.length,
      authors: context.countAuthors(members),
      channels: channelsOf(members, questions.channel),
      firstSeen: questions.createdAt[members[first]!]!,
      lastSeen: questions.createdAt[members[last]!]!,
      weekly: weeklyCounts(times),
      ...trendOf(times, context.exportStart, context.exportEnd),
      cohesion: round(Math.min(1, cohesion)),
      examples: diverseExamples(items, clustering, questions, options.maxExamples ?? DEFAULT_MAX_EXAMPLES),
      bestAnswer: bestReply(clusterReplies, lang === 'en' ? 'en' : 'nl'),
      fingerprint: ranked.slice(0, FINGERPRINT_SIZE).map((i) => context.hashOf(i.item)),
    },
  };
}

/** Distinct items of a cluster with their counts and similarity to the (count-weighted) centre. */
function itemsOf(members: number[], clustering: Clustering): ScoredItem[] {
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
function pickLabel(items: ScoredItem[], clustering: Clustering): string {
  let best = '';
  let bestScore = -Infinity;
  for (const { item, similarity, count } of items) {
    // The question without filler ("Dit kan toch niet de bedoeling zijn?") makes the better label and title.
    const text = displayText(clustering.cores[clustering.items[item]!.first]!);
    const length = text.length;
    const score =
      similarity +
      0.02 * Math.log2(count) +
      (text.includes('?') ? 0.03 : 0) -
      (length < 15 || length > 160 ? 0.1 : 0) -
      (text.includes('[') ? 0.05 : 0);
    if (score > bestScore || (score === bestScore && text < best)) [best, bestScore] = [text, score];
  }
  return best;
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

function channelsOf(members: readonly number[], channelOf: readonly Channel[]): Channel[] {
  const channels: Channel[] = [];
  for (const q of members) if (!channels.includes(channelOf[q]!)) channels.push(channelOf[q]!);
  return channels.sort();
}

/** The most common language among the members (ties alphabetically). */
function majorityLang(members: readonly number[], langOf: readonly Message['lang'][]): Message['lang'] {
  let en = 0;
  let nl = 0;
  for (const q of members) {
    const lang = langOf[q];
    if (lang === 'nl') nl++;
    else if (lang === 'en') en++;
  }
  const other = members.length - en - nl;
  return en >= nl && en >= other ? 'en' : nl >= other ? 'nl' : 'other';
}

/** `questionHash` per item, computed once. */
function memoizedItemHash(clustering: Clustering): (item: number) => string {
  const hashes = new Array<string | undefined>(clustering.items.length);
  return (item) => (hashes[item] ??= normalizedQuestionHash(clustering.items[item]!.normalized));
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
