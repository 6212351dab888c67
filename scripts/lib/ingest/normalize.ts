// RawMessage → Message: pseudonyms for people and ids, scrubbed text, language, and a final check
// against the shared schema. Nothing raw leaves this function.
import { messageSchema, type Message } from '../message-schema.ts';
import type { ScrubResult } from '../scrub/index.ts';
import { detectLanguage } from './lang.ts';
import { skip, type RawMessage, type ReaderEvent } from './types.ts';

/** Keyed hash: the same raw value and kind always give the same pseudonym; the raw value cannot be read back. */
export type Pseudonymize = (kind: 'author' | 'id' | 'conversation', raw: string) => string;

export interface NormalizeContext {
  fileName: string;
  pseudonymize: Pseudonymize;
  scrub: (text: string) => ScrubResult;
  isCompany: (author: string) => boolean;
  /** Counter for messages without an id of their own. */
  sequence: { next: number };
}

export const MAX_TEXT_LENGTH = 20_000;

export function toMessage(raw: RawMessage, context: NormalizeContext): { message: Message } | { skipped: ReaderEvent } {
  const text = raw.text.replace(/\u0000/gu, '').replace(/\r\n?/gu, '\n').trim();
  if (text === '') return { skipped: skip(raw.line, 'empty-text') };
  if (text.length > MAX_TEXT_LENGTH) return { skipped: skip(raw.line, 'too-long', `message has ${text.length} characters (limit ${MAX_TEXT_LENGTH})`) };
  if (raw.createdAt === null) return { skipped: skip(raw.line, 'bad-date') };
  const { pseudonymize } = context;
  const ownId = raw.sourceId ? `${raw.channel}:${raw.sourceId}` : `${context.fileName}#${context.sequence.next++}`;
  const scrubbed = context.scrub(text).text;
  const direction = raw.direction ?? (context.isCompany(raw.author) ? 'out' : 'in');
  const candidate = {
    id: pseudonymize('id', ownId),
    conversationId: pseudonymize('conversation', raw.conversationKey ?? conversationByAuthor(raw, direction)),
    inReplyTo: raw.inReplyTo ? pseudonymize('id', `${raw.channel}:${raw.inReplyTo}`) : null,
    channel: raw.channel,
    direction,
    author: pseudonymize('author', raw.author),
    createdAt: raw.createdAt,
    lang: detectLanguage(scrubbed),
    text: scrubbed,
  };
  const checked = messageSchema.safeParse(candidate);
  if (!checked.success) {
    const fields = [...new Set(checked.error.issues.map((issue) => issue.path.join('.')))].join(', ');
    return { skipped: skip(raw.line, 'invalid-message', `invalid ${fields}`) };
  }
  return { message: checked.data };
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
