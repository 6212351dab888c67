// Pairs customer questions with the company's replies in their threads and picks, per cluster,
// the most representative reply that answered the question.
import { type Lang, normalize, tokens } from '#core/text/index.ts';
import { memoize } from './memo.ts';

export type ReplyRecord = { id: string; conversationId: string; inReplyTo: string | null; createdAt: number; text: string };
export type QuestionRef = { id: string; conversationId: string; createdAt: number };
/** Replies as columns: copied between threads far faster than as many small objects. */
export type ReplyColumns = { id: string[]; conversationId: string[]; inReplyTo: (string | null)[]; createdAt: number[]; text: string[] };

export function repliesToColumns(replies: readonly ReplyRecord[]): ReplyColumns {
  return {
    id: replies.map((r) => r.id),
    conversationId: replies.map((r) => r.conversationId),
    inReplyTo: replies.map((r) => r.inReplyTo),
    createdAt: replies.map((r) => r.createdAt),
    text: replies.map((r) => r.text),
  };
}

export function repliesFromColumns(columns: ReplyColumns): ReplyRecord[] {
  return columns.id.map((id, i) => ({
    id,
    conversationId: columns.conversationId[i]!,
    inReplyTo: columns.inReplyTo[i]!,
    createdAt: columns.createdAt[i]!,
    text: columns.text[i]!,
  }));
}

/** Reply lookups: by the message they answer, and per conversation in time order. */
export function indexReplies(replies: readonly ReplyRecord[]): (question: QuestionRef) => ReplyRecord[] {
  const byTarget = new Map<string, ReplyRecord[]>();
  const byConversation = new Map<string, ReplyRecord[]>();
  for (const reply of replies) {
    if (reply.inReplyTo) push(byTarget, reply.inReplyTo, reply);
    push(byConversation, reply.conversationId, reply);
  }
  for (const list of byConversation.values()) list.sort((a, b) => a.createdAt - b.createdAt);
  return (question) => {
    const direct = byTarget.get(question.id);
    if (direct) return direct;
    // No explicit link: the first company message after the question in the same conversation,
    // unless it explicitly answers another message.
    const thread = byConversation.get(question.conversationId) ?? [];
    const next = thread.find((r) => r.createdAt >= question.createdAt && r.inReplyTo === null);
    return next ? [next] : [];
  };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

// Replies that only move the conversation elsewhere do not answer the question.
const DEFLECTION = /\b(?:dm|pb|pm|privebericht|prive bericht|direct message|private message|stuur (?:je|jij|u) ons|send us|inbox|ordernummer|order number)\b/u;
const MAX_DISTINCT = 150;
/** A big cluster's replies are read as an evenly spread sample: the centre hardly moves beyond this. */
const MAX_REPLIES_READ = 400;
// Clusters and their sub-topics share replies, and CMs send the same saved replies again and
// again: each distinct reply text is normalised, and each normalised reply judged and vectorised,
// once (per language). Vectors use term numbers so that a cluster's centre is a plain array.
const CACHE_LIMIT = 200_000;
const normalizedReply = memoize(normalize, CACHE_LIMIT);
type ReplyVector = { terms: Int32Array; weights: Float64Array };
const termIds = new Map<string, number>();
const termId = (term: string): number => {
  let id = termIds.get(term);
  if (id === undefined) termIds.set(term, (id = termIds.size));
  return id;
};
const replyVector: Record<Lang, (key: string) => ReplyVector> = {
  nl: memoize((key) => unitVector(tokens(key, 'nl')), CACHE_LIMIT),
  en: memoize((key) => unitVector(tokens(key, 'en')), CACHE_LIMIT),
};
/** Does this normalised reply answer, rather than send the customer elsewhere or say next to nothing? */
const answersSomething = memoize((key: string) => !DEFLECTION.test(key) && key.split(' ').length >= 4, CACHE_LIMIT);
let centre = new Float64Array(1024);

export function evenlySpread<T>(items: readonly T[], limit: number): readonly T[] {
  if (items.length <= limit) return items;
  const step = items.length / limit;
  return Array.from({ length: limit }, (_, i) => items[Math.floor(i * step)]!);
}

/** The reply closest to the centre of the cluster's replies, preferring real answers. */
export function bestReply(replies: readonly ReplyRecord[], lang: Lang): { text: string; messageId: string; replies: number } | null {
  if (replies.length === 0) return null;
  // Saved replies are sent word for word: group the exact texts, normalise only the most sent.
  const exact = new Map<string, { reply: ReplyRecord; count: number }>();
  for (const reply of evenlySpread(replies, MAX_REPLIES_READ)) {
    const group = exact.get(reply.text);
    if (group) group.count++;
    else exact.set(reply.text, { reply, count: 1 });
  }
  const groups = new Map<string, { reply: ReplyRecord; count: number }>();
  const mostSent = [...exact.values()].sort((a, b) => b.count - a.count || (a.reply.text < b.reply.text ? -1 : 1)).slice(0, MAX_DISTINCT);
  for (const { reply, count } of mostSent) {
    const key = normalizedReply(reply.text);
    if (key === '') continue;
    const group = groups.get(key);
    if (group) group.count += count;
    else groups.set(key, { reply, count });
  }
  const all = [...groups].sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1));
  const answers = all.filter(([key, g]) => answersSomething(key) && !g.reply.text.trim().endsWith('?'));
  const pool = answers.length > 0 ? answers : all;
  if (pool.length === 0) return null;
  const vectors = pool.map(([key]) => replyVector[lang](key));
  if (centre.length < termIds.size) centre = new Float64Array(termIds.size * 2);
  pool.forEach(([, g], i) => {
    const { terms, weights } = vectors[i]!;
    for (let t = 0; t < terms.length; t++) centre[terms[t]!]! += weights[t]! * g.count;
  });
  let best = 0;
  let bestScore = -Infinity;
  pool.forEach((_, i) => {
    const { terms, weights } = vectors[i]!;
    let score = 0;
    for (let t = 0; t < terms.length; t++) score += weights[t]! * centre[terms[t]!]!;
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  for (const { terms } of vectors) for (const term of terms) centre[term] = 0;
  const [, chosen] = pool[best]!;
  return { text: chosen.reply.text, messageId: chosen.reply.id, replies: chosen.count };
}

function unitVector(terms: string[]): ReplyVector {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  let norm = 0;
  for (const c of counts.values()) norm += c * c;
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  return { terms: Int32Array.from(counts.keys(), termId), weights: Float64Array.from(counts.values(), (c) => c * scale) };
}
