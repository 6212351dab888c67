// A labelled export as the benchmarks read it: ingested like `veelgesteld ingest` does, every message
// traced back (through its `file:line` source) to the export's own message id and its labelled topic.
// Labels are `message_id,topic` with `noise`, `oneoff` and `reply` as special topics; topics are
// `topic,canonical_question,count,lookalike_of,kind`.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { ingestSource, sniffEncoding } from '#lib/ingest/index.ts';
import { createPseudonymizer, DEFAULT_SALT } from '#lib/io/index.ts';
import type { Message } from '#core/message.ts';

export const SPECIAL_TOPICS = new Set(['noise', 'oneoff', 'reply']);

/** The command-line options every benchmark on a labelled export takes (node:util parseArgs). */
export const LABELLED_EXPORT_OPTIONS = {
  export: { type: 'string' },
  labels: { type: 'string' },
  topics: { type: 'string' },
  seed: { type: 'string', default: '1' },
  'id-column': { type: 'string', default: 'Bericht-ID' },
} as const;

export type Labelled = { messages: Message[]; topicOfMessage: Map<string, string> };

/** Ingests the export's bytes and labels each message with the topic of the record it came from. */
export async function ingestLabelled(
  file: string,
  bytes: Uint8Array,
  options: { labels: ReadonlyMap<string, string>; companyHandles: readonly string[]; idColumn: string },
): Promise<Labelled> {
  const idAtLine = exportIdsByLine(file, bytes, options.idColumn);
  const messages: Message[] = [];
  const source = { name: file, open: () => oneChunk(bytes) };
  for await (const message of ingestSource(source, { companyHandles: options.companyHandles, pseudonymize: createPseudonymizer(DEFAULT_SALT) })) {
    messages.push(message);
  }
  const topicOfMessage = new Map<string, string>();
  for (const message of messages) {
    const line = Number(message.source?.slice(message.source.lastIndexOf(':') + 1));
    const topic = options.labels.get(idAtLine.get(line) ?? '');
    if (topic) topicOfMessage.set(message.id, topic);
  }
  return { messages, topicOfMessage };
}

export function readCsv(file: string): Record<string, string>[] {
  return parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true, bom: true }) as Record<string, string>[];
}

/** `message_id,topic` rows as a map. */
export function readLabels(file: string): Map<string, string> {
  return new Map(readCsv(file).map((row) => [row['message_id']!, row['topic']!]));
}

async function* oneChunk(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

/** The export's own message id of the record that starts on each line (the `source` of ingested messages). */
function exportIdsByLine(file: string, bytes: Uint8Array, idColumn: string): Map<number, string> {
  const text = iconv.decode(Buffer.from(bytes), sniffEncoding(bytes.subarray(0, 65_536)).encoding);
  const delimiter = [';', ',', '\t'].sort((a, b) => count(text.split('\n')[0]!, b) - count(text.split('\n')[0]!, a))[0]!;
  const records = parse(text, { delimiter, raw: true, relax_quotes: true }) as unknown as { record: string[]; raw: string }[];
  const header = records[0]?.record ?? [];
  const column = header.indexOf(idColumn);
  if (column < 0) throw new Error(`${file}: no "${idColumn}" column (pass --id-column)`);
  const byLine = new Map<number, string>();
  let line = 1 + lineBreaks(records[0]!.raw);
  for (const { record, raw } of records.slice(1)) {
    byLine.set(line, record[column] ?? '');
    line += lineBreaks(raw);
  }
  return byLine;
}

const count = (text: string, char: string): number => text.split(char).length - 1;
/** Lines a record spans: its raw text leaves out the record's own line break, not the bare LFs inside quotes. */
const lineBreaks = (raw: string): number => count(raw, '\n') + 1;
