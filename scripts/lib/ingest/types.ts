// Shapes shared by the format readers and the normaliser, and the contract every export format
// in formats/ fulfils.
import type { Channel, Direction } from '#core/message.ts';

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

/** What format detection sees of a file. */
export interface FormatSample {
  /** The file name in lower case, without a trailing ".gz". */
  name: string;
  /** The first kilobytes of text, without a byte-order mark and leading white space. */
  text: string;
  /** The first line of `text`, without its "\r" (a chat saved on Windows has CRLF line ends). */
  firstLine: string;
}

/** One file as a format reads it. */
export interface FormatInput extends ReaderOptions {
  /** The first 16 KiB of the decoded text. */
  head: string;
  /** The decoded text, chunk by chunk; call it again for a second pass. */
  text: () => AsyncIterable<string>;
  /** The text as UTF-8 bytes, chunk by chunk (for readers that decode each value on its own); call it again for a second pass. */
  utf8: () => AsyncIterable<Uint8Array>;
}

/**
 * How specific the evidence is that a sample is in a format; the most specific wins (a tie goes to
 * the format listed first in formats/index.ts). Each format returns `none` or one of its levels.
 */
export const EVIDENCE = {
  none: 0,
  /** Any text: every file is a CSV with at least one column. */
  anyText: 1,
  /** A header that names the columns of one well-known layout. */
  layoutHeader: 2,
  /** A header with the columns of a kind of report (page and views). */
  reportHeader: 3,
  /** A first line in the shape of a log line. */
  logLine: 4,
  /** A line in the shape of this format among the first lines of a file with this format's extension. */
  lineInNamedFile: 5,
  /** The text is JSON. */
  json: 6,
  /** The text is JSON with keys only this format uses. */
  jsonKeys: 7,
  /** A first line only this format writes. */
  firstLine: 8,
  /** A file name or an opening only this format has. */
  signature: 9,
} as const;
export type Evidence = (typeof EVIDENCE)[keyof typeof EVIDENCE];

/** An export format: one file in formats/, listed once in formats/index.ts. */
export interface ExportFormat {
  /** What `--format` accepts and the stats count files by. */
  readonly name: string;
  detect: (sample: FormatSample) => Evidence;
  /** Messages, skipped records and warnings, one at a time or in batches. */
  read: (input: FormatInput) => AsyncIterable<ReaderEvent | ReaderEvent[]>;
}

export const skip = (line: number | undefined, reason: SkipReason, detail: string = SKIP_REASONS[reason]): ReaderEvent => ({
  kind: 'skip',
  line,
  reason,
  detail,
});
