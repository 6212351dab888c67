// The first pass over an export: every message is read once and only what mining needs is kept —
// the questions (as columns), the company's replies, noise counts and the export's time span.
// Parts of one export collected separately (in parallel) merge into what one pass would give.
import type { Channel, Message } from '#core/message.ts';
import { normalize } from '#core/text/index.ts';
import { detectQuestion, type Detection } from './detect.ts';
import type { ReplyRecord } from './replies.ts';

export type Questions = {
  text: string[];
  /** The text as `normalize` gives it (question detection needs it, and so does clustering). */
  normalized: string[];
  id: string[];
  conversationId: string[];
  time: number[];
  createdAt: string[];
  /** The author as a small number (first seen, first numbered), for counting distinct authors fast. */
  authorId: number[];
  channel: Channel[];
  lang: Message['lang'][];
};

export type Collected = {
  questions: Questions;
  /** The author behind each authorId. */
  authors: string[];
  replies: ReplyRecord[];
  /** Time of the company's first reply in each conversation. */
  firstReply: Map<string, number>;
  noiseByReason: Record<string, number>;
  total: number;
  inbound: number;
  exportStart: number;
  exportEnd: number;
  /** createdAt of the (first) newest message, '' when there is none. */
  newest: string;
};

export function emptyQuestions(): Questions {
  return { text: [], normalized: [], id: [], conversationId: [], time: [], createdAt: [], authorId: [], channel: [], lang: [] };
}

/** Collects messages one at a time, in export order. */
export class MessageCollector {
  private readonly collected: Collected = {
    questions: emptyQuestions(),
    authors: [],
    replies: [],
    firstReply: new Map(),
    noiseByReason: {},
    total: 0,
    inbound: 0,
    exportStart: Infinity,
    exportEnd: -Infinity,
    newest: '',
  };
  private readonly authorIds = new Map<string, number>();
  // Copy-pasted questions and retweets repeat: each distinct text is detected once, and the copy
  // kept is the first one seen (a million parsed messages repeat the same strings).
  private readonly detections = new Map<string, { detection: Detection; text: string; normalized: string }>();
  private readonly searches = new Map<string, { detection: Detection; text: string; normalized: string }>();

  add(message: Message): void {
    const c = this.collected;
    c.total++;
    const time = Date.parse(message.createdAt);
    c.exportStart = Math.min(c.exportStart, time);
    if (time > c.exportEnd) [c.exportEnd, c.newest] = [time, message.createdAt];
    if (message.direction === 'out') {
      c.firstReply.set(message.conversationId, Math.min(time, c.firstReply.get(message.conversationId) ?? Infinity));
      c.replies.push({ id: message.id, conversationId: message.conversationId, inReplyTo: message.inReplyTo, createdAt: time, text: message.text });
      return;
    }
    c.inbound++;
    let known = message.channel === 'search' ? this.searches.get(message.text) : this.detections.get(message.text);
    if (!known) {
      const normalized = normalize(message.text);
      // A site search is a short question by definition ("termijnbedrag te hoog"), unless nothing of it is left.
      const detection: Detection =
        message.channel === 'search'
          ? normalized.trim() === ''
            ? { isQuestion: false, reason: 'empty' }
            : { isQuestion: true }
          : detectQuestion(message.text, message.lang, normalized);
      known = { detection, text: message.text, normalized };
      (message.channel === 'search' ? this.searches : this.detections).set(message.text, known);
    }
    if (!known.detection.isQuestion) {
      c.noiseByReason[known.detection.reason] = (c.noiseByReason[known.detection.reason] ?? 0) + 1;
      return;
    }
    const q = c.questions;
    q.text.push(known.text);
    q.normalized.push(known.normalized);
    q.id.push(message.id);
    q.conversationId.push(message.conversationId);
    q.time.push(time);
    q.createdAt.push(message.createdAt);
    q.authorId.push(this.authorId(message.author));
    q.channel.push(message.channel);
    q.lang.push(message.lang);
  }

  /** What was collected; the collector's lookup tables are let go. */
  finish(): Collected {
    this.detections.clear();
    this.searches.clear();
    this.authorIds.clear();
    return this.collected;
  }

  private authorId(author: string): number {
    let id = this.authorIds.get(author);
    if (id === undefined) {
      this.authorIds.set(author, (id = this.collected.authors.length));
      this.collected.authors.push(author);
    }
    return id;
  }
}

export function collectMessages(messages: Iterable<Message>): Collected {
  const collector = new MessageCollector();
  for (const message of messages) collector.add(message);
  return collector.finish();
}

/** Consecutive parts of one export as one: the same result as collecting the whole in one pass. */
export function mergeCollected(parts: readonly Collected[]): Collected {
  const [first, ...rest] = parts;
  if (!first) return new MessageCollector().finish();
  const merged = first;
  const authorIds = new Map(merged.authors.map((author, id) => [author, id]));
  for (const part of rest) {
    const renumbered = part.authors.map((author) => {
      let id = authorIds.get(author);
      if (id === undefined) {
        authorIds.set(author, (id = merged.authors.length));
        merged.authors.push(author);
      }
      return id;
    });
    const q = part.questions;
    const columns = merged.questions as Record<keyof Questions, unknown[]>;
    for (const key of Object.keys(q) as (keyof Questions)[]) {
      columns[key] = columns[key].concat(key === 'authorId' ? q.authorId.map((id) => renumbered[id]!) : q[key]);
    }
    merged.replies = merged.replies.concat(part.replies);
    for (const [conversation, time] of part.firstReply) {
      merged.firstReply.set(conversation, Math.min(time, merged.firstReply.get(conversation) ?? Infinity));
    }
    for (const [reason, count] of Object.entries(part.noiseByReason)) {
      merged.noiseByReason[reason] = (merged.noiseByReason[reason] ?? 0) + count;
    }
    merged.total += part.total;
    merged.inbound += part.inbound;
    merged.exportStart = Math.min(merged.exportStart, part.exportStart);
    if (part.exportEnd > merged.exportEnd) [merged.exportEnd, merged.newest] = [part.exportEnd, part.newest];
  }
  return merged;
}
