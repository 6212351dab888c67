// The one normalised message model: ingest writes it (NDJSON, one message per line), mine reads it.
import { z } from 'zod';
import { CHANNELS } from './content-schema.ts';

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
});

export type Message = z.output<typeof messageSchema>;
export type Channel = Message['channel'];
export type Direction = Message['direction'];
