// The public "customer support on Twitter" layout (tweet_id, author_id, inbound, created_at, text,
// response_tweet_id, in_response_to_tweet_id): read twice, so every tweet gets its thread.
import { csvRows } from '../csv-rows.ts';
import { parseTimestamp } from '../time.ts';
import { EVIDENCE, skip, type Evidence, type FormatInput, type FormatSample, type ReaderEvent } from '../types.ts';

export const name = 'twitter-csv';

const TWITTER_COLUMNS = ['tweet_id', 'author_id', 'inbound', 'created_at', 'text'];

/** The header is the customer-support-on-Twitter layout. */
export function detect(sample: FormatSample): Evidence {
  const header = (sample.text.split('\n', 1)[0] ?? '').toLowerCase();
  return TWITTER_COLUMNS.every((column) => header.includes(column)) ? EVIDENCE.layoutHeader : EVIDENCE.none;
}

export const read = (input: FormatInput): AsyncGenerator<ReaderEvent> => readTwitterSupport(input.utf8);

async function* readTwitterSupport(open: () => AsyncIterable<Uint8Array>): AsyncGenerator<ReaderEvent> {
  // Pass 1: reply links only, so every tweet can be given the id of its thread's first tweet.
  const parentOf = new Map<string, string>();
  let header: string[] | null = null;
  let idIndex = -1;
  let parentIndex = -1;
  for await (const row of csvRows(open())) {
    if (row.kind !== 'row') continue;
    if (!header) {
      header = row.record.map((column) => column.trim().toLowerCase());
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
      header = row.record.map((column) => column.trim().toLowerCase());
      header.forEach((column, i) => (index[column] = i));
      continue;
    }
    if (row.record.length < header.length) {
      yield skip(row.line, 'ragged-row', `row has ${row.record.length} columns, the header has ${header.length}`);
      continue;
    }
    rows++;
    const get = (column: string): string => (row.record[index[column] ?? -1] ?? '').trim();
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
