// Web server and CDN access logs in the common or combined layout (nginx, Apache, most CDNs):
//   203.0.113.7 - - [09/Nov/2026:20:41:07 +0100] "GET /zoeken/?q=termijnbedrag+te+hoog HTTP/1.1" 200 5123 "-" "Mozilla/5.0 …"
// Only site searches become messages (channel "search", one question per search); every other
// request (pages, assets) is counted as ignored. The client address is only used as the author,
// which the normaliser turns into a pseudonym: it is never written anywhere.
import { instantToIso } from '../time.ts';
import { searchQueryOf } from '../search-query.ts';
import { EVIDENCE, skip, type Evidence, type FormatInput, type FormatSample, type ReaderEvent } from '../types.ts';

const MONTHS: Record<string, number> = { Jan: 0, Feb: 1, Mar: 2, Apr: 3, May: 4, Jun: 5, Jul: 6, Aug: 7, Sep: 8, Oct: 9, Nov: 10, Dec: 11 };

/**
 * host ident user [time] "request" status bytes, optionally followed by "referer" "user agent" (and
 * anything a CDN appends). The request may be "-" (a connection without a request).
 */
const LINE = /^(\S+) \S+ \S+ \[(\d{2})\/([A-Z][a-z]{2})\/(\d{4}):(\d{2}):(\d{2}):(\d{2}) ([+-]\d{4})\] "((?:[^"\\]|\\.)*)" (\d{3}|-) (?:\d+|-)/u;
/** The same search by the same client within this time is one search (reloads, back button). */
const REPEAT_WINDOW_MS = 30 * 60_000;
/** Crawlers follow search links too; they are not customers. */
const BOT = /bot\b|crawl|spider|slurp|bingpreview|facebookexternalhit|headless|python-requests|curl\/|wget\//iu;

export const name = 'access-log';

/** A first line in the common or combined log layout. */
export const detect = (sample: FormatSample): Evidence => (LINE.test(sample.firstLine) ? EVIDENCE.logLine : EVIDENCE.none);

export const read = (input: FormatInput): AsyncGenerator<ReaderEvent[]> => readAccessLog(input.text());

/** Longer than any request line a server writes; such a line is reported, not parsed. */
const MAX_LINE_LENGTH = 64 * 1024;

async function* readAccessLog(chunks: AsyncIterable<string>): AsyncGenerator<ReaderEvent[]> {
  const lastSearch = new Map<string, { query: string; at: number }>();
  let ignored = 0;
  let batch: ReaderEvent[] = [];
  let pending = '';
  let line = 1;
  const take = (text: string): void => {
    const clean = text.endsWith('\r') ? text.slice(0, -1) : text;
    if (clean.length > MAX_LINE_LENGTH) batch.push(skip(line, 'too-long', 'line is too long to be an access log line'));
    else {
      const event = readLine(clean, line, lastSearch);
      if (event === 'ignored') ignored++;
      else if (event !== null) batch.push(event);
    }
    line++;
  };
  // Lines are split here, chunk by chunk, rather than one awaited line at a time: access logs are
  // millions of short lines, and almost all of them are dropped at once.
  for await (const chunk of chunks) {
    let from = 0;
    let newline = chunk.indexOf('\n');
    if (newline !== -1 && pending !== '') {
      take(pending + chunk.slice(0, newline));
      pending = '';
      from = newline + 1;
      newline = chunk.indexOf('\n', from);
    }
    while (newline !== -1) {
      take(chunk.slice(from, newline));
      from = newline + 1;
      newline = chunk.indexOf('\n', from);
    }
    pending += chunk.slice(from);
    if (pending.length > MAX_LINE_LENGTH) {
      // Keep only enough to know the line is too long; the rest of it is dropped as it comes.
      pending = pending.slice(0, MAX_LINE_LENGTH + 1);
    }
    if (batch.length >= 1000) {
      yield batch;
      batch = [];
    }
  }
  if (pending !== '') take(pending);
  if (ignored > 0) batch.push({ kind: 'ignored', count: ignored, detail: 'requests that are not site searches (pages, assets, crawlers, repeated searches)' });
  if (batch.length > 0) yield batch;
}

// --- internal ---

function readLine(text: string, line: number, lastSearch: Map<string, { query: string; at: number }>): ReaderEvent | 'ignored' | null {
  if (text.trim() === '') return null;
  // Fast path: most requests are pages and assets, which need no full parse.
  const quote = text.indexOf('"');
  if (quote > 0 && !requestMayBeSearch(text, quote)) {
    return LINE.test(text) ? 'ignored' : skip(line, 'malformed-row', 'not an access log line (expected the common or combined log layout)');
  }
  const m = LINE.exec(text);
  if (!m) return skip(line, 'malformed-row', 'not an access log line (expected the common or combined log layout)');
  const [, host, day, monthName, year, hour, minute, second, zone, request = '', status] = m;
  const month = MONTHS[monthName as string];
  if (month === undefined) return skip(line, 'bad-date', `unknown month "${monthName}"`);
  const [method, target] = request.split(' ', 2);
  if ((method !== 'GET' && method !== 'HEAD') || !target) return 'ignored';
  if (status !== '-' && Number(status) >= 400) return 'ignored';
  const query = searchQueryOf(target);
  if (query === null) return 'ignored';
  if ('error' in query) return skip(line, 'malformed-row', query.error);
  if (query.text === '') return 'ignored';
  const rest = text.slice(m[0].length);
  if (BOT.test(rest)) return 'ignored';
  const sign = zone!.startsWith('-') ? -1 : 1;
  const offset = sign * (Number(zone!.slice(1, 3)) * 60 + Number(zone!.slice(3, 5))) * 60_000;
  const at = Date.UTC(Number(year), month, Number(day), Number(hour), Number(minute), Number(second)) - offset;
  const createdAt = instantToIso(at);
  if (createdAt === null || new Date(at + offset).getUTCDate() !== Number(day)) return skip(line, 'bad-date', 'unreadable date');
  const previous = lastSearch.get(host!);
  if (previous && previous.query === query.text && at - previous.at >= 0 && at - previous.at < REPEAT_WINDOW_MS) return 'ignored';
  lastSearch.set(host!, { query: query.text, at });
  return {
    kind: 'message',
    message: {
      line,
      sourceId: null,
      // Each search is a question of its own: there is no thread to follow.
      conversationKey: `search:${line}`,
      inReplyTo: null,
      channel: 'search',
      direction: 'in',
      author: `client:${host}`,
      createdAt,
      text: query.text,
    },
  };
}

/** Whether the request part of the line (after its first quote) carries a query string at all. */
function requestMayBeSearch(text: string, quote: number): boolean {
  const end = text.indexOf('"', quote + 1);
  const question = text.indexOf('?', quote);
  return question !== -1 && (end === -1 || question < end);
}
