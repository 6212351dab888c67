// Ready-to-paste replies for conversation managers: the CM kit of one broadcast and the saved-reply
// export of everything public. Every reply carries its short link and must fit in one X post.
import type { Broadcast, Faq } from '#core/content.ts';
import { MAX_REPLY_LENGTH, replyWithLink, withUtm, type Utm as UtmTags } from '#core/replies.ts';
import { itemUrl, shortLink } from '#core/routes.ts';
import { countTweetLength } from '#core/tweet-length.ts';
import { isPublic } from '#core/visibility.ts';
import { InputError } from '../errors.ts';
import { toCsv } from './csv.ts';
import { formatAmsterdamIso } from './time.ts';

/** A broadcast counts as current for the saved-reply export from publication until this long after airing. */
export const CURRENT_BROADCAST_MS = 30 * 86_400_000;

/** The UTM tags of a --utm channel; undefined for untagged links. */
export type Utm = UtmTags | undefined;

export type CmKitReply = { number: number; text: string; length: number };
export type CmKit = { title: string; programme: string; airsAt: Date; link: string; replies: CmKitReply[] };

/** The broadcast's prepared replies with the short link appended; refuses replies that do not fit. */
export function buildCmKit(broadcast: Broadcast, siteUrl: string, file: string, utm?: Utm): CmKit {
  const link = withUtm(shortLink(siteUrl, broadcast.shortId), utm);
  if (broadcast.replies.length === 0) {
    throw new InputError('this broadcast has no prepared replies yet; add them under "replies:"', { file });
  }
  const replies = broadcast.replies.map((reply, position) => {
    const text = replyWithLink(reply, link);
    return { number: position + 1, text, length: countTweetLength(text) };
  });
  const tooLong = replies.filter((reply) => reply.length > MAX_REPLY_LENGTH);
  if (tooLong.length > 0) {
    const which = tooLong.map((reply) => `reply ${reply.number} is ${reply.length}`).join(', ');
    throw new InputError(`${which} characters with the link; at most ${MAX_REPLY_LENGTH} fit in one post`, { file });
  }
  return { title: broadcast.title, programme: broadcast.programme, airsAt: broadcast.airsAt, link, replies };
}

export const CM_KIT_COLUMNS = ['number', 'reply', 'characters', 'link'] as const;

export function cmKitCsv(kit: CmKit): string {
  return toCsv(
    CM_KIT_COLUMNS,
    kit.replies.map((reply) => [String(reply.number), reply.text, String(reply.length), kit.link]),
  );
}

export function cmKitMarkdown(kit: CmKit): string {
  const lines = [
    `# CM-kit: ${kit.title}`,
    '',
    `- Programma: ${kit.programme}`,
    `- Uitzending: ${formatAmsterdamIso(kit.airsAt)}`,
    `- Korte link: ${kit.link}`,
    '',
    ...kit.replies.flatMap((reply) => [`## Antwoord ${reply.number} (${reply.length}/${MAX_REPLY_LENGTH})`, '', '```text', reply.text, '```', '']),
  ];
  return lines.join('\n');
}

export type SavedReply = {
  title: string;
  shortcut: string;
  reply: string;
  url: string;
  tags: string[];
  language: string;
  type: 'faq' | 'broadcast';
};

/** CSV columns of the saved-reply export, in this order. */
export const SAVED_REPLY_COLUMNS = ['title', 'shortcut', 'reply', 'url', 'tags', 'language', 'type'] as const;

export type ReplySource =
  { collection: 'faq'; slug: string; path: string; data: Faq } | { collection: 'broadcasts'; slug: string; path: string; data: Broadcast };

/**
 * Saved replies of every public FAQ article (its reply, or its description when it has none) and
 * of every prepared reply of a current broadcast (public, aired at most 30 days ago).
 */
export function buildSavedReplies(sources: readonly ReplySource[], options: { siteUrl: string; now: Date; utm?: Utm }): SavedReply[] {
  const { siteUrl, now, utm } = options;
  const link = (shortId: string) => withUtm(shortLink(siteUrl, shortId), utm);
  const replies: SavedReply[] = [];
  for (const source of sources) {
    if (!isPublic(source.data, now)) continue;
    const url = itemUrl(siteUrl, source.collection, source.data.lang, source.slug);
    if (source.collection === 'faq') {
      const { data } = source;
      const text = replyWithLink(data.reply.trim() || data.description, link(data.shortId));
      replies.push({
        title: data.title,
        shortcut: `#${data.shortId}`,
        reply: text,
        url,
        tags: unique([data.category, ...data.tags]),
        language: data.lang,
        type: 'faq',
      });
    } else if (now.getTime() - source.data.airsAt.getTime() <= CURRENT_BROADCAST_MS) {
      const { data } = source;
      data.replies.forEach((reply, position) => {
        replies.push({
          title: `${data.programme}: ${data.title} (${position + 1}/${data.replies.length})`,
          shortcut: `#${data.shortId}-${position + 1}`,
          reply: replyWithLink(reply, link(data.shortId)),
          url,
          tags: [data.programme],
          language: data.lang,
          type: 'broadcast',
        });
      });
    }
  }
  assertAllFit(replies, sources);
  return replies.sort((a, b) => a.type.localeCompare(b.type) || a.title.localeCompare(b.title, 'nl'));
}

export function savedRepliesCsv(replies: readonly SavedReply[]): string {
  return toCsv(
    SAVED_REPLY_COLUMNS,
    replies.map((reply) => [reply.title, reply.shortcut, reply.reply, reply.url, reply.tags.join(', '), reply.language, reply.type]),
  );
}

export function savedRepliesJson(replies: readonly SavedReply[]): string {
  return `${JSON.stringify(replies, null, 2)}\n`;
}

function assertAllFit(replies: readonly SavedReply[], sources: readonly ReplySource[]): void {
  const tooLong = replies.filter((reply) => countTweetLength(reply.reply) > MAX_REPLY_LENGTH);
  if (tooLong.length === 0) return;
  const pathOf = (reply: SavedReply) => sources.find((source) => reply.shortcut.slice(1).split('-')[0] === source.data.shortId)?.path ?? reply.shortcut;
  const list = tooLong.map((reply) => `${pathOf(reply)} (${reply.shortcut}: ${countTweetLength(reply.reply)} characters)`);
  throw new InputError(`these replies do not fit in one post with their link (max ${MAX_REPLY_LENGTH}): ${list.join('; ')}; run veelgesteld check`);
}

/** Tags without blanks and without case-only duplicates ("Retour", "retour" → "Retour"). */
function unique(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = value.trim().toLowerCase();
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
