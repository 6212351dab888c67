// Where each content item lives on the site, from the URL segments the site itself uses
// (ROUTE_SEGMENTS in content-schema.ts). Links in content, short links and exports are built and checked against them.
import type { CollectionName, Locale } from '../content-schema.ts';
import { DEFAULT_LOCALE, ROUTE_SEGMENTS, SHORT_LINK_SEGMENT } from '../content-schema.ts';

/** The first path segment of each collection, per locale; the default locale has no /nl/ prefix. */
export const COLLECTION_SEGMENTS: Readonly<Record<CollectionName, Readonly<Record<Locale, string>>>> = {
  faq: { nl: ROUTE_SEGMENTS.nl.faq, en: ROUTE_SEGMENTS.en.faq },
  blog: { nl: ROUTE_SEGMENTS.nl.blog, en: ROUTE_SEGMENTS.en.blog },
  broadcasts: { nl: ROUTE_SEGMENTS.nl.broadcast, en: ROUTE_SEGMENTS.en.broadcast },
};

export { SHORT_LINK_SEGMENT };

/** The site path of an item, e.g. /faq/retour/ or /en/faq/returns/. */
export function itemPath(collection: CollectionName, lang: Locale, slug: string): string {
  const prefix = lang === DEFAULT_LOCALE ? '' : `/${lang}`;
  return `${prefix}/${COLLECTION_SEGMENTS[collection][lang]}/${slug}/`;
}

/** The absolute URL of an item on the public site. */
export function itemUrl(siteUrl: string, collection: CollectionName, lang: Locale, slug: string): string {
  return trimSlash(siteUrl) + itemPath(collection, lang, slug);
}

/** The short link a CM pastes: <siteUrl>/k/<shortId>. */
export function shortLink(siteUrl: string, shortId: string): string {
  return `${trimSlash(siteUrl)}/${SHORT_LINK_SEGMENT}/${shortId}`;
}

/** Adds utm_source/utm_medium to a URL (keeping any query it has). */
export function withUtm(url: string, source: string | undefined, medium: string): string {
  if (!source) return url;
  const parsed = new URL(url);
  parsed.searchParams.set('utm_source', source);
  parsed.searchParams.set('utm_medium', medium);
  return parsed.toString();
}

/** A reply as the CM posts it: the reply text, then the link (unless the reply already has it). */
export function replyWithLink(reply: string, link: string): string {
  const text = reply.trim();
  if (text.includes(link)) return text;
  return text === '' ? link : `${text} ${link}`;
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
