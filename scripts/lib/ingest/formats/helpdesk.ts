// Helpdesk tickets (Zendesk-style) as a JSON array, {"tickets": [...]}, or NDJSON (one ticket per
// line): subject, description, created_at, requester_id, via.channel, tags and comments[] with
// author_id, body, public and created_at. Private comments are internal notes and never ingested.
import { jsonArrayItems, opensJson } from '../json-stream.ts';
import { splitLines } from '../lines.ts';
import { parseTimestamp } from '../time.ts';
import { EVIDENCE, skip, type Evidence, type FormatInput, type FormatSample, type RawMessage, type ReaderEvent } from '../types.ts';
import type { Channel } from '#core/message.ts';

type Json = Record<string, unknown>;
const asObject = (value: unknown): Json => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {});
const asString = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');

export const name = 'helpdesk';

/** Any JSON that no format with more specific keys claims. */
export const detect = (sample: FormatSample): Evidence => (opensJson(sample.text) ? EVIDENCE.json : EVIDENCE.none);

export const read = (input: FormatInput): AsyncGenerator<ReaderEvent> =>
  isNdjson(input.fileName, input.head) ? readHelpdeskNdjson(input.text()) : readHelpdeskJson(input.text());

/** NDJSON when the first line is a complete JSON value on its own. */
function isNdjson(fileName: string, head: string): boolean {
  if (/\.(?:ndjson|jsonl)(?:\.gz)?$/iu.test(fileName)) return true;
  const firstLine = head.replace(/^\uFEFF/u, '').split('\n', 1)[0] ?? '';
  if (!firstLine.trim().startsWith('{')) return false;
  try {
    JSON.parse(firstLine);
    return true;
  } catch {
    return false;
  }
}

async function* readHelpdeskJson(chunks: AsyncIterable<string>): AsyncGenerator<ReaderEvent> {
  for await (const item of jsonArrayItems(chunks, [[], ['tickets'], ['results'], ['requests'], ['data']])) {
    if ('error' in item) yield skip(item.line, 'invalid-json', item.error);
    else yield* ticketMessages(item.value, item.line);
  }
}

async function* readHelpdeskNdjson(chunks: AsyncIterable<string>): AsyncGenerator<ReaderEvent> {
  for await (const { line, text, tooLong } of splitLines(chunks)) {
    if (tooLong) {
      yield skip(line, 'too-long', 'line is too long to be a ticket');
      continue;
    }
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      yield skip(line, 'invalid-json', 'line is not valid JSON');
      continue;
    }
    yield* ticketMessages(value, line);
  }
}

function viaChannel(via: unknown): Channel {
  const channel = asString(asObject(via).channel).toLowerCase();
  if (channel === 'email' || channel === 'mail') return 'email';
  if (channel === 'twitter' || channel === 'x' || channel === 'any_channel:twitter') return 'x';
  if (channel.includes('facebook') || channel.includes('messenger')) return 'facebook';
  if (channel.includes('whatsapp')) return 'whatsapp';
  return 'helpdesk';
}

function* ticketMessages(value: unknown, line: number): Generator<ReaderEvent> {
  const ticket = asObject(asObject(value).ticket ?? value);
  const ticketId = asString(ticket.id);
  const requester = asString(ticket.requester_id ?? asObject(ticket.requester).id ?? asObject(ticket.requester).email);
  const channel = viaChannel(ticket.via);
  const subject = asString(ticket.subject).trim();
  const comments = Array.isArray(ticket.comments) ? ticket.comments.map(asObject) : [];
  if (comments.length === 0 && !asString(ticket.description) && !subject) {
    yield skip(line, 'not-a-message', 'ticket without subject, description or comments');
    return;
  }
  const base = { line, conversationKey: `ticket:${ticketId || line}`, channel } as const;
  if (comments.length === 0) {
    yield message({
      ...base,
      sourceId: ticketId ? `${ticketId}:description` : null,
      inReplyTo: null,
      direction: 'in',
      author: requester || 'onbekend',
      createdAt: parseTimestamp(asString(ticket.created_at)),
      text: withSubject(subject, asString(ticket.description)),
    });
    return;
  }
  let previous: string | null = null;
  for (const [index, comment] of comments.entries()) {
    const id = asString(comment.id) || `${ticketId}:${index}`;
    if (comment.public === false) {
      yield skip(line, 'internal-note');
      continue;
    }
    const author = asString(comment.author_id ?? asObject(comment.author).id);
    const role = asString(asObject(comment.author).role).toLowerCase();
    const fromCustomer = role ? role === 'end-user' || role === 'end_user' || role === 'customer' : author === requester;
    const body = asString(comment.plain_body ?? comment.body ?? comment.html_body);
    yield message({
      ...base,
      sourceId: id,
      inReplyTo: previous,
      direction: fromCustomer ? 'in' : 'out',
      author: author || 'onbekend',
      createdAt: parseTimestamp(asString(comment.created_at ?? ticket.created_at)),
      text: index === 0 ? withSubject(subject, body) : body,
    });
    previous = id;
  }
}

/** The first message is "subject + description": the subject is often the question itself. */
function withSubject(subject: string, body: string): string {
  const trimmed = body.trim();
  if (!subject || trimmed.toLowerCase().startsWith(subject.toLowerCase())) return trimmed;
  return trimmed ? `${subject}\n\n${trimmed}` : subject;
}

function message(raw: RawMessage): ReaderEvent {
  return { kind: 'message', message: raw };
}
