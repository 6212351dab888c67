// Generic CSV/TSV exports and the public "customer support on Twitter" layout (tweet_id, author_id,
// inbound, created_at, text, response_tweet_id, in_response_to_tweet_id).
import { parse } from 'csv-parse';
import { peekText } from '../chunks.ts';
import { resolveColumns, type ColumnIndexes } from '../columns.ts';
import { parseTimestamp } from '../time.ts';
import { skip, type ReaderEvent, type ReaderOptions, type RawMessage } from '../types.ts';
import type { Channel, Direction } from '../../message-schema.ts';

type CsvRow = { kind: 'row'; line: number; record: string[] };

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

const CSV_ERRORS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted field is never closed; the rest of the file could not be read (truncated file?)',
  CSV_MAX_RECORD_SIZE: 'row is too long to be a message',
  CSV_INVALID_CLOSING_QUOTE: 'a quote ends in the middle of a field',
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: 'wrong number of columns',
};

/** Parsed rows with the line each starts on; malformed rows become skip events (never their content). */
async function* csvRows(chunks: AsyncIterable<string>): AsyncGenerator<CsvRow | ReaderEvent> {
  const { head, all } = await peekText(chunks, 64 * 1024);
  const problems: ReaderEvent[] = [];
  const describe = (error: unknown): ReaderEvent => {
    const code = (error as { code?: string }).code ?? '';
    const line = (error as { lines?: number }).lines;
    return skip(line, code === 'CSV_MAX_RECORD_SIZE' ? 'too-long' : 'malformed-row', CSV_ERRORS[code] ?? 'row could not be parsed as CSV');
  };
  const parser = parse({
    delimiter: detectDelimiter(head),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    info: true,
    bom: true,
    // Longer messages are skipped as too long after parsing; beyond this the file cannot be read on.
    max_record_size: 32_000_000,
    skip_records_with_error: true,
    on_skip: (error) => {
      problems.push(describe(error));
    },
  });
  // Written and read synchronously chunk by chunk: csv-parse parses inside write(), so the
  // records are ready to read() right after, without a promise per record.
  let fatal: unknown = null;
  parser.on('error', (error) => (fatal = error));
  const drain = function* (): Generator<CsvRow | ReaderEvent> {
    for (let next = parser.read() as CsvRecord | null; next !== null; next = parser.read() as CsvRecord | null) {
      yield* problems.splice(0);
      // info.lines is the record's last line; quoted line breaks inside it move the start up.
      const { record, info } = next;
      let inside = 0;
      for (const field of record) if (field.includes('\n')) inside += countNewlines(field);
      yield { kind: 'row', line: info.lines - inside, record };
    }
    yield* problems.splice(0);
  };
  for await (const bytes of encodeUtf8(all)) {
    parser.write(bytes);
    yield* drain();
    if (fatal) break;
  }
  if (!fatal) {
    await new Promise<void>((resolve) => {
      parser.once('finish', resolve);
      parser.once('error', () => resolve());
      parser.end();
    });
    yield* drain();
  }
  if (fatal) yield describe(fatal);
}

type CsvRecord = { record: string[]; info: { lines: number } };

// csv-parse copies its pending buffer for every chunk while a record is open, so tiny chunks and
// a huge field would cost quadratic time: hand it large chunks.
const MIN_CSV_CHUNK = 256 * 1024;

async function* encodeUtf8(chunks: AsyncIterable<string>): AsyncGenerator<Uint8Array> {
  let pending = '';
  for await (const chunk of chunks) {
    pending += chunk;
    if (pending.length >= MIN_CSV_CHUNK) {
      yield Buffer.from(pending, 'utf8');
      pending = '';
    }
  }
  if (pending) yield Buffer.from(pending, 'utf8');
}

function countNewlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

const TWITTER_COLUMNS = ['tweet_id', 'author_id', 'inbound', 'created_at', 'text'];

/** True when the header is the customer-support-on-Twitter layout. */
export function isTwitterSupportHeader(head: string): boolean {
  const header = (head.split('\n', 1)[0] ?? '').toLowerCase();
  return TWITTER_COLUMNS.every((column) => header.includes(column));
}

export async function* readCsv(open: () => AsyncIterable<string>, options: ReaderOptions): AsyncGenerator<ReaderEvent> {
  let header: string[] | null = null;
  let columns: ColumnIndexes = {};
  let rows = 0;
  for await (const row of csvRows(open())) {
    if (row.kind !== 'row') {
      yield row;
      continue;
    }
    if (!header) {
      header = row.record;
      const resolved = resolveColumns(header, options.map);
      columns = resolved.columns;
      if (resolved.unknownMapped.length > 0) {
        yield { kind: 'warning', line: row.line, detail: `--map names columns that are not in the header: ${resolved.unknownMapped.join(', ')}` };
      }
      if (columns.text === undefined || columns.createdAt === undefined) {
        const missing = [columns.text === undefined ? 'text' : null, columns.createdAt === undefined ? 'createdAt' : null].filter(Boolean);
        yield skip(row.line, 'unreadable-file', `no ${missing.join(' or ')} column among: ${header.join(', ')}; name it with --map ${missing[0]}=<column>`);
        return;
      }
      continue;
    }
    rows++;
    yield csvRowToMessage(row, header, columns, options);
  }
  if (!header) yield skip(1, 'unreadable-file', 'the file is empty');
  else if (rows === 0) yield { kind: 'warning', line: 1, detail: 'the file has a header but no rows' };
}

function csvRowToMessage(row: CsvRow, header: readonly string[], columns: ColumnIndexes, options: ReaderOptions): ReaderEvent {
  const { record, line } = row;
  const extra = record.slice(header.length).some((value) => value.trim() !== '');
  const needed = Math.max(columns.text ?? 0, columns.createdAt ?? 0);
  if (extra || record.length <= needed) {
    return skip(line, 'ragged-row', `row has ${record.length} columns, the header has ${header.length}`);
  }
  const value = (index: number | undefined): string => (index === undefined ? '' : (record[index] ?? '').trim());
  const dateText = [value(columns.createdAt), value(columns.time)].filter(Boolean).join(' ');
  const author = value(columns.author);
  const conversation = value(columns.conversationId);
  const message: RawMessage = {
    line,
    sourceId: value(columns.id) || null,
    conversationKey: conversation || (author ? null : `${options.fileName}:${line}`),
    inReplyTo: value(columns.inReplyTo) || null,
    channel: channelFromText(value(columns.channel)),
    direction: directionFromText(value(columns.direction), header[columns.direction ?? -1] ?? ''),
    author: author || 'onbekend',
    createdAt: parseTimestamp(dateText),
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

export async function* readTwitterSupport(open: () => AsyncIterable<string>): AsyncGenerator<ReaderEvent> {
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
