// RawMessage → Message: pseudonyms for people and ids, scrubbed text, language, and a final check
// against the shared schema. Nothing raw leaves this function.
import { type Message, messageSchema } from '#core/message.ts';
import type { ScrubResult } from '../scrub/index.ts';
import { detectLanguage } from './lang.ts';
import { skip, type RawMessage, type ReaderEvent } from './types.ts';

/** Keyed hash: the same raw value and kind always give the same pseudonym; the raw value cannot be read back. */
export type Pseudonymize = (kind: 'author' | 'id' | 'conversation', raw: string) => string;

export interface NormalizeContext {
  fileName: string;
  pseudonymize: Pseudonymize;
  scrub: (text: string) => ScrubResult;
  /** Scrubbed text and language per raw text: canned replies and short thanks repeat a lot. */
  textCache?: TextCache;
  isCompany: (author: string) => boolean;
  /** Counter for messages without an id of their own. */
  sequence: { next: number };
}

export const MAX_TEXT_LENGTH = 20_000;

export function toMessage(raw: RawMessage, context: NormalizeContext): { message: Message } | { skipped: ReaderEvent } {
  const prepared = prepareMessage(raw, context);
  return 'skipped' in prepared ? prepared : finishMessage(prepared, context);
}

/** A raw message that passed the cheap checks, with its cleaned text and its own (not yet hashed) id. */
export interface PreparedMessage {
  raw: RawMessage;
  text: string;
  ownId: string;
}

/**
 * The first, cheap half of toMessage: cleans the text, skips what cannot be a message and numbers
 * messages without an id. It runs in file order (the numbering depends on it); finishMessage, the
 * costly half, may run anywhere.
 */
export function prepareMessage(raw: RawMessage, context: Pick<NormalizeContext, 'fileName' | 'sequence'>): PreparedMessage | { skipped: ReaderEvent } {
  const text = raw.text
    .replace(/\u0000/gu, '')
    .replace(/\r\n?/gu, '\n')
    .trim();
  if (text === '') return { skipped: skip(raw.line, 'empty-text') };
  if (text.length > MAX_TEXT_LENGTH) return { skipped: skip(raw.line, 'too-long', `message has ${text.length} characters (limit ${MAX_TEXT_LENGTH})`) };
  if (raw.createdAt === null) return { skipped: skip(raw.line, 'bad-date') };
  const ownId = raw.sourceId ? `${raw.channel}:${raw.sourceId}` : `${context.fileName}#${context.sequence.next++}`;
  return { raw, text, ownId };
}

/** The second half of toMessage: scrubbing, language, pseudonyms and the schema check. */
export function finishMessage(
  { raw, text, ownId }: PreparedMessage,
  context: Omit<NormalizeContext, 'sequence'>,
): { message: Message } | { skipped: ReaderEvent } {
  const { pseudonymize } = context;
  const { scrubbed, lang } = scrubAndDetect(text, context);
  const direction = raw.direction ?? (context.isCompany(raw.author) ? 'out' : 'in');
  const candidate: Message = {
    id: pseudonymize('id', ownId),
    conversationId: pseudonymize('conversation', raw.conversationKey ?? conversationByAuthor(raw, direction)),
    inReplyTo: raw.inReplyTo ? pseudonymize('id', `${raw.channel}:${raw.inReplyTo}`) : null,
    channel: raw.channel,
    direction,
    author: pseudonymize('author', raw.author),
    createdAt: raw.createdAt as string,
    lang,
    text: scrubbed,
    source: `${context.fileName}:${raw.line}`,
  };
  if (matchesMessageSchema(candidate)) return { message: candidate };
  const checked = messageSchema.safeParse(candidate);
  if (!checked.success) {
    const fields = [...new Set(checked.error.issues.map((issue) => issue.path.join('.')))].join(', ');
    return { skipped: skip(raw.line, 'invalid-message', `invalid ${fields}`) };
  }
  return { message: checked.data };
}

export type TextCache = Map<string, { scrubbed: string; lang: Message['lang'] }>;
const TEXT_CACHE_LIMIT = 50_000;

export function createTextCache(): TextCache {
  return new Map();
}

function scrubAndDetect(text: string, context: Pick<NormalizeContext, 'scrub' | 'textCache'>): { scrubbed: string; lang: Message['lang'] } {
  const cache = context.textCache;
  const cached = cache?.get(text);
  if (cached) return cached;
  const scrubbed = context.scrub(text).text;
  const result = { scrubbed, lang: detectLanguage(scrubbed) };
  if (cache) {
    if (cache.size >= TEXT_CACHE_LIMIT) cache.clear();
    // A copy as key: the text may be cut from a large chunk of the file, which the cache would keep alive.
    cache.set(` ${text}`.slice(1), result);
  }
  return result;
}

const CHANNEL_NAMES: ReadonlySet<string> = new Set(messageSchema.shape.channel.options);
const LANGS: ReadonlySet<string> = new Set(messageSchema.shape.lang.options);
const createdAtSchema = messageSchema.shape.createdAt;
let lastValidCreatedAt = '';

/**
 * messageSchema's checks written out for the hot path (zod costs about as much as the rest of
 * normalising). True only when messageSchema.parse would return the message unchanged; anything
 * else goes through zod, which also names what is wrong.
 */
export function matchesMessageSchema(message: Message): boolean {
  if (
    typeof message.id !== 'string' ||
    message.id === '' ||
    typeof message.conversationId !== 'string' ||
    message.conversationId === '' ||
    (message.inReplyTo !== null && typeof message.inReplyTo !== 'string') ||
    !CHANNEL_NAMES.has(message.channel) ||
    (message.direction !== 'in' && message.direction !== 'out') ||
    typeof message.author !== 'string' ||
    message.author === '' ||
    !LANGS.has(message.lang) ||
    typeof message.text !== 'string' ||
    typeof message.createdAt !== 'string' ||
    !(message.source === undefined || typeof message.source === 'string')
  ) {
    return false;
  }
  // Timestamps repeat from row to row (exports are sorted by time): check each new one with the schema itself.
  if (message.createdAt === lastValidCreatedAt) return true;
  if (!createdAtSchema.safeParse(message.createdAt).success) return false;
  lastValidCreatedAt = message.createdAt;
  return true;
}

/** Without a conversation column: the customer's messages, plus replies that start with "@customer". */
function conversationByAuthor(raw: RawMessage, direction: 'in' | 'out'): string {
  const mentioned = direction === 'out' ? /^@[\p{L}\p{N}_]+/u.exec(raw.text.trimStart())?.[0] : undefined;
  return `${raw.channel}:${mentioned ?? raw.author}`;
}

/** "@Veelgesteld", "veelgesteld" and "Veelgesteld BV" style names compared loosely. */
/**
 * Whether an author is the company: its handle or name as configured, or a team signature that
 * contains the company name as whole words ("Veldlicht Klantenservice", "Noor | Veldlicht").
 */
export function companyMatcher(handles: readonly string[]): (author: string) => boolean {
  const words = (name: string): string[] => name.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
  const known = handles.map((handle) => words(handle).join(' ')).filter(Boolean);
  if (known.length === 0) return () => false;
  return (author) => {
    const padded = ` ${words(author).join(' ')} `;
    return known.some((name) => padded.includes(` ${name} `));
  };
}
