// The one normalised message model: ingest writes it (NDJSON, one message per line), mine reads it.
import { z } from 'zod';
import { CHANNELS } from './content.ts';

const isoWithOffset = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

export const messageSchema = z.object({
  id: z.string().min(1),
  conversationId: z.string().min(1),
  /** The id of the message this one answers, when the export says so. */
  inReplyTo: z.string().nullable().default(null),
  channel: z.enum(CHANNELS),
  /** `in` is the customer, `out` is the company (a CM). */
  direction: z.enum(['in', 'out']),
  /** A stable pseudonym (same person, same pseudonym); never the raw handle or name. */
  author: z.string().min(1),
  createdAt: z.string().regex(isoWithOffset, 'use ISO 8601 with an offset'),
  lang: z.enum(['nl', 'en', 'other']),
  /** The message text with personal data replaced by typed placeholders such as [e-mail]. */
  text: z.string(),
  /** Where the message came from, as `file:line` of the export (for tracing a topic back to its messages). */
  source: z.string().optional(),
});

export type Message = z.output<typeof messageSchema>;
export type Channel = Message['channel'];
export type Direction = Message['direction'];

const CHANNEL_SET: ReadonlySet<string> = new Set(CHANNELS);
const isNonEmptyString = (value: unknown): value is string => typeof value === 'string' && value !== '';

/**
 * `messageSchema.parse` for the common case, without its cost per line (a million lines per export):
 * the message when every field is plainly valid, null when in any doubt — then the schema decides
 * and explains what is wrong.
 */
export function plainMessage(value: unknown): Message | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const inReplyTo = v.inReplyTo === undefined ? null : v.inReplyTo;
  if (
    !isNonEmptyString(v.id) ||
    !isNonEmptyString(v.conversationId) ||
    !(inReplyTo === null || typeof inReplyTo === 'string') ||
    typeof v.channel !== 'string' ||
    !CHANNEL_SET.has(v.channel) ||
    (v.direction !== 'in' && v.direction !== 'out') ||
    !isNonEmptyString(v.author) ||
    typeof v.createdAt !== 'string' ||
    !isoWithOffset.test(v.createdAt) ||
    (v.lang !== 'nl' && v.lang !== 'en' && v.lang !== 'other') ||
    typeof v.text !== 'string' ||
    !(v.source === undefined || typeof v.source === 'string')
  ) {
    return null;
  }
  return {
    id: v.id,
    conversationId: v.conversationId,
    inReplyTo,
    channel: v.channel as Message['channel'],
    direction: v.direction,
    author: v.author,
    createdAt: v.createdAt,
    lang: v.lang,
    text: v.text,
    ...(v.source === undefined ? {} : { source: v.source }),
  };
}
