// Generic CSV/TSV exports and the public "customer support on Twitter" layout (tweet_id, author_id,
// inbound, created_at, text, response_tweet_id, in_response_to_tweet_id).
import { peekBytes } from '../chunks.ts';
import { resolveColumns, type ColumnIndexes } from '../columns.ts';
import { parseTimestamp } from '../time.ts';
import { createCsvTokenizer, type CsvProblem, type CsvProblemCode, type CsvRecord } from './csv-tokenizer.ts';
import { skip, type ReaderEvent, type ReaderOptions, type RawMessage } from '../types.ts';
import type { Channel, Direction } from '#core/message.ts';

type CsvRow = CsvRecord;

/** The delimiter that occurs most often outside quotes in the first line. */
export function detectDelimiter(head: string): string {
  const firstLine = head.split('\n', 1)[0] ?? '';
  const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0], ['|', 0]]);
  let quoted = false;
  for (const char of firstLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best = ',';
  for (const [delimiter, count] of counts) if (count > (counts.get(best) ?? 0)) best = delimiter;
  return best;
}

const CSV_PROBLEMS: Record<CsvProblemCode, ReaderEvent> = {
  'quote-not-closed': skip(undefined, 'malformed-row', 'a quoted field is never closed; the rest of the file could not be read (truncated file?)'),
  'too-long': skip(undefined, 'too-long', 'row is too long to be a message'),
};

// Longer messages are skipped as too long after parsing; beyond this a row is skipped unread.
const MAX_RECORD_BYTES = 32_000_000;

/** Parsed rows with the line each starts on, one batch per decoded chunk; malformed rows become skip events (never their content). */
async function* csvRowBatches(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<(CsvRow | ReaderEvent)[]> {
  const { head, all } = await peekBytes(chunks, 64 * 1024);
  const tokenizer = createCsvTokenizer({ delimiter: detectDelimiter(new TextDecoder().decode(head)), maxRecordBytes: MAX_RECORD_BYTES });
  const toRows = (items: (CsvRecord | CsvProblem)[]): (CsvRow | ReaderEvent)[] =>
    items.map((item) => (item.kind === 'problem' ? { ...CSV_PROBLEMS[item.code], line: item.line } : item));
  for await (const chunk of all) {
    const items: (CsvRecord | CsvProblem)[] = [];
    tokenizer.push(chunk, items);
    if (items.length > 0) yield toRows(items);
  }
  const items: (CsvRecord | CsvProblem)[] = [];
  tokenizer.end(items);
  if (items.length > 0) yield toRows(items);
}

/** The rows one by one, for the small two-pass reader. */
async function* csvRows(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<CsvRow | ReaderEvent> {
  for await (const batch of csvRowBatches(chunks)) yield* batch;
}

const TWITTER_COLUMNS = ['tweet_id', 'author_id', 'inbound', 'created_at', 'text'];

/** True when the header is the customer-support-on-Twitter layout. */
export function isTwitterSupportHeader(head: string): boolean {
  const header = (head.split('\n', 1)[0] ?? '').toLowerCase();
  return TWITTER_COLUMNS.every((column) => header.includes(column));
}

/** Events in batches (one per decoded chunk), so a million rows do not cost a million awaits. */
export async function* readCsv(open: () => AsyncIterable<Uint8Array>, options: ReaderOptions): AsyncGenerator<ReaderEvent[]> {
  let reader: ((row: CsvRow) => ReaderEvent) | null = null;
  let rows = 0;
  for await (const batch of csvRowBatches(open())) {
    const events: ReaderEvent[] = [];
    for (const row of batch) {
      if (row.kind !== 'row') events.push(row);
      else if (reader) {
        rows++;
        events.push(reader(row));
      } else {
        const header = startReading(row, options, events);
        if (!header) {
          yield events;
          return;
        }
        reader = header;
      }
    }
    yield events;
  }
  if (!reader) yield [skip(1, 'unreadable-file', 'the file is empty')];
  else if (rows === 0) yield [{ kind: 'warning', line: 1, detail: 'the file has a header but no rows' }];
}

/** Reads the header row; returns the row reader, or null (with the reason in `events`) when the columns are unusable. */
function startReading(row: CsvRow, options: ReaderOptions, events: ReaderEvent[]): ((row: CsvRow) => ReaderEvent) | null {
  const header = row.record;
  const { columns, unknownMapped } = resolveColumns(header, options.map);
  if (unknownMapped.length > 0) {
    events.push({ kind: 'warning', line: row.line, detail: `--map names columns that are not in the header: ${unknownMapped.join(', ')}` });
  }
  if (columns.text === undefined || columns.createdAt === undefined) {
    const missing = [columns.text === undefined ? 'text' : null, columns.createdAt === undefined ? 'createdAt' : null].filter(Boolean);
    events.push(skip(row.line, 'unreadable-file', `no ${missing.join(' or ')} column among: ${header.join(', ')}; name it with --map ${missing[0]}=<column>`));
    return null;
  }
  const channelOf = memoize(channelFromText);
  const directionColumn = header[columns.direction ?? -1] ?? '';
  const directionOf = memoize((raw: string) => directionFromText(raw, directionColumn));
  return (csvRow) => csvRowToMessage(csvRow, header, columns, options, channelOf, directionOf);
}

/** Channel and direction labels repeat on every row: read each distinct label once. */
function memoize<T>(read: (raw: string) => T): (raw: string) => T {
  const cache = new Map<string, T>();
  return (raw) => {
    let value = cache.get(raw);
    if (value === undefined && !cache.has(raw)) {
      value = read(raw);
      // A copy as key: `raw` is cut from a large chunk of the file, which the cache would keep alive.
      if (cache.size < 1000) cache.set(` ${raw}`.slice(1), value);
    }
    return value as T;
  };
}

function csvRowToMessage(
  row: CsvRow,
  header: readonly string[],
  columns: ColumnIndexes,
  options: ReaderOptions,
  channelOf: (raw: string) => Channel,
  directionOf: (raw: string) => Direction | null,
): ReaderEvent {
  const { record, line } = row;
  const extra = record.length > header.length && record.slice(header.length).some((value) => value.trim() !== '');
  const needed = Math.max(columns.text ?? 0, columns.createdAt ?? 0);
  if (extra || record.length <= needed) {
    return skip(line, 'ragged-row', `row has ${record.length} columns, the header has ${header.length}`);
  }
  const value = (index: number | undefined): string => (index === undefined ? '' : (record[index] ?? '').trim());
  const date = value(columns.createdAt);
  const time = value(columns.time);
  const author = value(columns.author);
  const conversation = value(columns.conversationId);
  const message: RawMessage = {
    line,
    sourceId: value(columns.id) || null,
    conversationKey: conversation || (author ? null : `${options.fileName}:${line}`),
    inReplyTo: value(columns.inReplyTo) || null,
    channel: channelOf(value(columns.channel)),
    direction: directionOf(value(columns.direction)),
    author: author || 'onbekend',
    createdAt: parseTimestamp(date && time ? `${date} ${time}` : date || time),
    text: value(columns.text),
  };
  return { kind: 'message', message };
}

export function channelFromText(raw: string): Channel {
  const value = raw.toLowerCase().replace(/[^a-z]/gu, '');
  if (/^(?:x|twitter|tweet|dm|xcom)$/u.test(value) || value.includes('twitter')) return 'x';
  if (/^(?:facebook|fb|messenger|facebookmessenger|meta)$/u.test(value)) return 'facebook';
  if (/^(?:whatsapp|wa|whatsappbusiness)$/u.test(value)) return 'whatsapp';
  if (/^(?:email|mail|emailbericht)$/u.test(value)) return 'email';
  if (/^(?:helpdesk|zendesk|freshdesk|web|webform|formulier|webformulier|contactformulier|ticket|portal|api)$/u.test(value)) return 'helpdesk';
  return 'other';
}

const INBOUND = new Set(['in', 'inbound', 'inkomend', 'binnenkomend', 'ontvangen', 'received', 'klant', 'customer', 'vraag', 'question', 'incoming']);
const OUTBOUND = new Set(['out', 'outbound', 'uitgaand', 'verzonden', 'sent', 'bedrijf', 'company', 'agent', 'medewerker', 'webcare', 'antwoord', 'reply', 'answer', 'outgoing']);

/** "in"/"uitgaand"/…; for a column named like "inbound", true/false. Null when unknown. */
export function directionFromText(raw: string, columnName: string): Direction | null {
  const value = raw.toLowerCase().trim();
  if (/^(?:inbound|inkomend|vanklant|fromcustomer|from_customer)$/u.test(columnName.toLowerCase().replace(/[^a-z_]/gu, ''))) {
    if (/^(?:true|1|ja|yes|y|j|waar)$/u.test(value)) return 'in';
    if (/^(?:false|0|nee|no|n|onwaar)$/u.test(value)) return 'out';
  }
  if (INBOUND.has(value)) return 'in';
  if (OUTBOUND.has(value)) return 'out';
  return null;
}

export async function* readTwitterSupport(open: () => AsyncIterable<Uint8Array>): AsyncGenerator<ReaderEvent> {
  // Pass 1: reply links only, so every tweet can be given the id of its thread's first tweet.
  const parentOf = new Map<string, string>();
  let header: string[] | null = null;
  let idIndex = -1;
  let parentIndex = -1;
  for await (const row of csvRows(open())) {
    if (row.kind !== 'row') continue;
    if (!header) {
      header = row.record.map((name) => name.trim().toLowerCase());
      idIndex = header.indexOf('tweet_id');
      parentIndex = header.indexOf('in_response_to_tweet_id');
      continue;
    }
    const id = row.record[idIndex]?.trim();
    const parent = row.record[parentIndex]?.trim();
    if (id && parent && parent !== 'NaN') parentOf.set(id, parent.replace(/\.0$/u, ''));
  }
  const rootOf = (id: string): string => {
    let root = id;
    for (let hops = 0; hops < 10_000; hops++) {
      const parent = parentOf.get(root);
      if (parent === undefined || parent === root) break;
      root = parent;
    }
    return root;
  };
  // Pass 2: the messages.
  header = null;
  let rows = 0;
  const index: Record<string, number> = {};
  for await (const row of csvRows(open())) {
    if (row.kind !== 'row') {
      yield row;
      continue;
    }
    if (!header) {
      header = row.record.map((name) => name.trim().toLowerCase());
      header.forEach((name, i) => (index[name] = i));
      continue;
    }
    if (row.record.length < header.length) {
      yield skip(row.line, 'ragged-row', `row has ${row.record.length} columns, the header has ${header.length}`);
      continue;
    }
    rows++;
    const get = (name: string): string => (row.record[index[name] ?? -1] ?? '').trim();
    const id = get('tweet_id');
    const parent = get('in_response_to_tweet_id').replace(/\.0$/u, '');
    const inbound = get('inbound').toLowerCase();
    yield {
      kind: 'message',
      message: {
        line: row.line,
        sourceId: id || null,
        conversationKey: id ? `x-thread:${rootOf(id)}` : null,
        inReplyTo: parent && parent !== 'nan' && parent !== 'NaN' ? parent : null,
        channel: 'x',
        direction: inbound === 'true' || inbound === '1' ? 'in' : inbound === 'false' || inbound === '0' ? 'out' : null,
        author: get('author_id') || 'onbekend',
        createdAt: parseTimestamp(get('created_at')),
        text: get('text'),
      },
    };
  }
  if (!header) yield skip(1, 'unreadable-file', 'the file is empty');
  else if (rows === 0) yield { kind: 'warning', line: 1, detail: 'the file has a header but no rows' };
}
