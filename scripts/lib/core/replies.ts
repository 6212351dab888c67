// Replies as CMs post them: the text plus the article's short link, optionally UTM-tagged, and
// whether the result fits in one X post. The site's copy buttons and the CLI's exports use these.
import { countTweetLength, MAX_POST_LENGTH } from './tweet-length.ts';

/** The longest reply a CM can post on X (one post), counting every link as 23 characters. */
export const MAX_REPLY_LENGTH = MAX_POST_LENGTH;

export type Utm = { source: string; medium: string };

/** Adds utm_source and utm_medium, keeping any query the URL already has; no source, no tags. */
export function withUtm(url: string, utm: Utm | undefined): string {
  if (!utm?.source) return url;
  const parsed = new URL(url);
  parsed.searchParams.set('utm_source', utm.source);
  parsed.searchParams.set('utm_medium', utm.medium);
  return parsed.toString();
}

/** The reply as posted: the text, a space, the link; the link alone when there is no text. */
export function replyWithLink(reply: string, link: string): string {
  const text = reply.trim();
  if (text.includes(link)) return text;
  return text === '' ? link : `${text} ${link}`;
}

export type ReplySnippet = {
  /** The reply text without the link. */
  text: string;
  /** The short link without UTM parameters. */
  link: string;
  /** X-characters of text + space + link; the same with or without UTM, as X counts every link as 23. */
  length: number;
  fits: boolean;
};

export function replySnippet(reply: string, link: string): ReplySnippet {
  const text = reply.trim();
  const length = countTweetLength(replyWithLink(text, link));
  return { text, link, length, fits: length <= MAX_REPLY_LENGTH };
}
