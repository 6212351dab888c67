// CSV rows with the line each starts on, for the readers of CSV layouts (formats/csv.ts,
// formats/twitter-csv.ts): the delimiter is taken from the first line, and malformed rows become
// skip events (never their content).
import { peekBytes } from './chunks.ts';
import { createCsvTokenizer, type CsvProblem, type CsvProblemCode, type CsvRecord } from './csv-tokenizer.ts';
import { skip, type ReaderEvent } from './types.ts';

export type CsvRow = CsvRecord;

/** The delimiter that occurs most often outside quotes in the first line. */
function detectDelimiter(head: string): string {
  const firstLine = head.split('\n', 1)[0] ?? '';
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
    ['|', 0],
  ]);
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
export async function* csvRowBatches(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<(CsvRow | ReaderEvent)[]> {
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
export async function* csvRows(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<CsvRow | ReaderEvent> {
  for await (const batch of csvRowBatches(chunks)) yield* batch;
}
