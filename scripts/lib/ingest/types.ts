// Shapes shared by the format readers and the normaliser.
import type { Channel, Direction } from '#core/message.ts';

export const FORMATS = ['csv', 'twitter-csv', 'x-archive', 'facebook', 'whatsapp', 'helpdesk', 'access-log', 'analytics-csv'] as const;
export type Format = (typeof FORMATS)[number];

/** One message as a format reader sees it: raw names and ids, not yet pseudonymised or scrubbed. */
export interface RawMessage {
  line: number;
  /** The export's own id for the message, if it has one. */
  sourceId: string | null;
  /** What ties the messages of one conversation together (thread, ticket, chat); null = per author. */
  conversationKey: string | null;
  inReplyTo: string | null;
  channel: Channel;
  /** Null when the export does not say; the company's handles then decide. */
  direction: Direction | null;
  author: string;
  /** ISO 8601 with offset, or null when the export's date could not be read. */
  createdAt: string | null;
  text: string;
}

export const SKIP_REASONS = {
  'empty-text': 'message without text',
  'media-only': 'media without text',
  deleted: 'deleted message',
  'system-message': 'system message (not written by a person)',
  'internal-note': 'internal note (not public)',
  'bad-date': 'missing or unreadable date',
  'malformed-row': 'malformed row',
  'ragged-row': 'wrong number of columns',
  'invalid-json': 'invalid or truncated JSON',
  'too-long': 'too long to be a message',
  'not-a-message': 'record without a message',
  'invalid-message': 'failed the message schema',
  'unreadable-file': 'file could not be read',
} as const;
export type SkipReason = keyof typeof SKIP_REASONS;

/** What a reader reports besides messages: a skipped record (counted) or a warning about the file. */
export type ReaderEvent =
  | { kind: 'message'; message: RawMessage }
  | { kind: 'skip'; line: number | undefined; reason: SkipReason; detail: string; count?: number }
  | { kind: 'warning'; line: number | undefined; detail: string }
  /** Records that are fine but not messages (an access log's page and asset requests): counted, not problems. */
  | { kind: 'ignored'; count: number; detail: string };

export interface ColumnMap {
  id?: string;
  conversationId?: string;
  inReplyTo?: string;
  channel?: string;
  direction?: string;
  author?: string;
  createdAt?: string;
  date?: string;
  time?: string;
  text?: string;
}

/** A file to read; `open` may be called twice (the X customer-support layout needs two passes). */
export interface IngestSource {
  /** The name shown in messages, usually the path as the user typed it. */
  name: string;
  open: () => AsyncIterable<Uint8Array>;
}

export interface ReaderOptions {
  fileName: string;
  map: ColumnMap;
  isCompany: (author: string) => boolean;
}

export const skip = (line: number | undefined, reason: SkipReason, detail: string = SKIP_REASONS[reason]): ReaderEvent => ({
  kind: 'skip',
  line,
  reason,
  detail,
});
