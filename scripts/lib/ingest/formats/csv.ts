// Generic CSV/TSV exports: any delimiter, columns found by their names (or --map).
import { resolveColumns, type ColumnIndexes } from '../columns.ts';
import { csvRowBatches, type CsvRow } from '../csv-rows.ts';
import { parseTimestamp } from '../time.ts';
import { EVIDENCE, skip, type FormatInput, type ReaderEvent, type ReaderOptions, type RawMessage } from '../types.ts';
import type { Channel, Direction } from '#core/message.ts';

export const name = 'csv';

/** Every file that no other format claims. */
export const detect = (): typeof EVIDENCE.anyText => EVIDENCE.anyText;

export const read = (input: FormatInput): AsyncGenerator<ReaderEvent[]> => readCsv(input.utf8, input);

/** Events in batches (one per decoded chunk), so a million rows do not cost a million awaits. */
async function* readCsv(open: () => AsyncIterable<Uint8Array>, options: ReaderOptions): AsyncGenerator<ReaderEvent[]> {
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
const OUTBOUND = new Set([
  'out',
  'outbound',
  'uitgaand',
  'verzonden',
  'sent',
  'bedrijf',
  'company',
  'agent',
  'medewerker',
  'webcare',
  'antwoord',
  'reply',
  'answer',
  'outgoing',
]);

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
