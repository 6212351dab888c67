// An X/Twitter account archive: data/tweets.js (the account's own posts, so direction "out") and
// data/direct-messages.js, both wrapped as `window.YTD.<name>.part0 = [ ... ]`.
import { jsonArrayItems } from '../json-stream.ts';
import { instantToIso, parseTimestamp } from '../time.ts';
import { EVIDENCE, skip, type Evidence, type FormatInput, type FormatSample, type RawMessage, type ReaderEvent, type ReaderOptions } from '../types.ts';

type Json = Record<string, unknown>;
const asObject = (value: unknown): Json => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {});
const asString = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');

export const name = 'x-archive';

const ARCHIVE_FILE = /(?:^|\/)(?:tweets?|direct-messages(?:-group)?)(?:-part\d+)?\.js$/u;

/** The archive's `window.YTD` opening, or one of the archive's file names. */
export function detect(sample: FormatSample): Evidence {
  return sample.text.startsWith('window.YTD') || ARCHIVE_FILE.test(sample.name) ? EVIDENCE.signature : EVIDENCE.none;
}

export const read = (input: FormatInput): AsyncGenerator<ReaderEvent> => readXArchive(input.text(), input.head, input);

async function* readXArchive(chunks: AsyncIterable<string>, head: string, options: ReaderOptions): AsyncGenerator<ReaderEvent> {
  const directMessages = /window\.YTD\.direct_messages?(?:_group)?\b/u.test(head) || /direct-messages/u.test(options.fileName);
  const owner = new OwnerGuess();
  for await (const item of jsonArrayItems(chunks, [[]])) {
    if ('error' in item) {
      yield skip(item.line, 'invalid-json', item.error);
      continue;
    }
    if (directMessages) yield* conversationMessages(item.value, item.line, owner, options);
    else yield tweetMessage(item.value, item.line);
  }
}

function tweetMessage(value: unknown, line: number): ReaderEvent {
  const tweet = asObject(asObject(value).tweet ?? value);
  const id = asString(tweet.id_str ?? tweet.id);
  const text = asString(tweet.full_text ?? tweet.text);
  if (!id && !text) return skip(line, 'not-a-message', 'element has no tweet');
  const repliedUser = asString(tweet.in_reply_to_user_id_str ?? tweet.in_reply_to_user_id);
  const message: RawMessage = {
    line,
    sourceId: id || null,
    // The customer's own tweets are not in the company's archive: group the replies per customer.
    conversationKey: repliedUser ? `x-user:${repliedUser}` : `x-tweet:${id}`,
    inReplyTo: asString(tweet.in_reply_to_status_id_str ?? tweet.in_reply_to_status_id) || null,
    channel: 'x',
    direction: 'out',
    author: 'x-account-owner',
    createdAt: parseTimestamp(asString(tweet.created_at)),
    text,
  };
  return { kind: 'message', message };
}

/**
 * The archive's owner is the participant present in every conversation; with a single
 * conversation, the one who did not send its first message (customers write first).
 */
class OwnerGuess {
  private common: Set<string> | null = null;

  observe(participants: readonly string[]): void {
    if (this.common === null) this.common = new Set(participants);
    else this.common = new Set(participants.filter((id) => this.common?.has(id)));
  }

  owner(firstSender: string): string | null {
    if (this.common?.size === 1) return [...this.common][0] ?? null;
    return [...(this.common ?? [])].find((id) => id !== firstSender) ?? null;
  }
}

function* conversationMessages(value: unknown, line: number, owner: OwnerGuess, options: ReaderOptions): Generator<ReaderEvent> {
  const conversation = asObject(asObject(value).dmConversation ?? value);
  const conversationId = asString(conversation.conversationId);
  const entries = Array.isArray(conversation.messages) ? conversation.messages : [];
  const creates = entries.map((entry) => asObject(asObject(entry).messageCreate)).filter((create) => Object.keys(create).length > 0);
  if (creates.length === 0) {
    yield skip(line, 'not-a-message', 'conversation without messages');
    return;
  }
  // Archives list the newest message first.
  creates.sort((a, b) => asString(a.createdAt).localeCompare(asString(b.createdAt)));
  const participants = conversationId.includes('-') ? conversationId.split('-') : [...new Set(creates.map((c) => asString(c.senderId)))];
  owner.observe(participants);
  const ownerId = owner.owner(asString(creates[0]?.senderId));
  for (const create of creates) {
    const sender = asString(create.senderId);
    const created = asString(create.createdAt);
    yield {
      kind: 'message',
      message: {
        line,
        sourceId: asString(create.id) || null,
        conversationKey: `x-dm:${conversationId}`,
        inReplyTo: null,
        channel: 'x',
        direction: sender === ownerId || options.isCompany(sender) ? 'out' : 'in',
        author: sender || 'onbekend',
        createdAt: parseTimestamp(created) ?? instantToIso(Date.parse(created)),
        text: asString(create.text),
      },
    };
  }
}
