// Short links (/k/<shortId>) and the replies CMs paste with them. Pure: the pages and the copy script
// use these, and the CLI's cm-kit/export-replies build the same strings (scripts/lib/editorial/routes.ts).
import { countTweetLength, MAX_REPLY_LENGTH, SHORT_LINK_SEGMENT } from '@content-schema';
import project from '../../veelgesteld.config.json' with { type: 'json' };

export { SHORT_LINK_SEGMENT };

/** The route of a short link page: /k/<shortId>/ (the site builds every page with a trailing slash). */
export function shortPath(shortId: string): string {
  return `/${SHORT_LINK_SEGMENT}/${shortId}/`;
}

/** The link a CM hands out: <site>/k/<shortId>, without a trailing slash, as the CLI prints it. */
export function shortUrl(site: string | URL, shortId: string): string {
  return `${String(site).replace(/\/+$/, '')}/${SHORT_LINK_SEGMENT}/${shortId}`;
}

export type Utm = { source: string; medium: string };

type UtmConfig = { enabled: boolean; medium: string; sources: string[] };

/** The channels a CM can pick for UTM tagging (config replies.utm); none when switched off. */
export function utmChannels(config: UtmConfig): Utm[] {
  return config.enabled ? config.sources.map((source) => ({ source, medium: config.medium })) : [];
}

export const UTM_CHANNELS: readonly Utm[] = utmChannels(project.replies.utm);

/** Adds utm_source and utm_medium, keeping any query the URL already has. */
export function withUtm(url: string, utm: Utm | undefined): string {
  if (!utm) return url;
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

export { MAX_REPLY_LENGTH };
