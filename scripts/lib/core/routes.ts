// Where each content item lives on the site. The site's pages, the CLI's links, short links and
// exports are all built from these segments, so routes and links cannot drift apart.
// Dutch is the default locale without a prefix; English lives under /en/. All paths end in "/".
import { DEFAULT_LOCALE, type CollectionName, type Locale } from './content.ts';
import { slugOf } from './slug.ts';

/** URL segments per locale. */
export const ROUTE_SEGMENTS = {
  nl: { faq: 'faq', category: 'categorie', blog: 'blog', search: 'zoeken', broadcast: 'uitzending' },
  en: { faq: 'faq', category: 'category', blog: 'blog', search: 'search', broadcast: 'broadcast' },
} as const;

/** The short-link prefix: /k/<shortId> keeps working whatever happens to the slug. */
export const SHORT_LINK_SEGMENT = 'k';

/** The first path segment of each collection, per locale. */
export const COLLECTION_SEGMENTS: Readonly<Record<CollectionName, Readonly<Record<Locale, string>>>> = {
  faq: { nl: ROUTE_SEGMENTS.nl.faq, en: ROUTE_SEGMENTS.en.faq },
  blog: { nl: ROUTE_SEGMENTS.nl.blog, en: ROUTE_SEGMENTS.en.blog },
  broadcasts: { nl: ROUTE_SEGMENTS.nl.broadcast, en: ROUTE_SEGMENTS.en.broadcast },
};

/** The home page of a locale: / for Dutch, /en/ for English. */
export function homePath(lang: Locale): string {
  return lang === DEFAULT_LOCALE ? '/' : `/${lang}/`;
}

/** A path below the home page of `lang`: localePath('en', 'faq', 'returns') → /en/faq/returns/. */
export function localePath(lang: Locale, ...parts: (string | number)[]): string {
  return `${homePath(lang)}${parts.map(String).join('/')}/`;
}

/** The site path of an item, e.g. /faq/retour/ or /en/faq/returns/. */
export function itemPath(collection: CollectionName, lang: Locale, slug: string): string {
  return localePath(lang, COLLECTION_SEGMENTS[collection][lang], slug);
}

/** The absolute URL of an item on the public site. */
export function itemUrl(siteUrl: string, collection: CollectionName, lang: Locale, slug: string): string {
  return withoutTrailingSlash(siteUrl) + itemPath(collection, lang, slug);
}

/** The route of a short link page: /k/<shortId>/ (the site builds every page with a trailing slash). */
export function shortPath(shortId: string): string {
  return `/${SHORT_LINK_SEGMENT}/${shortId}/`;
}

/** The link a CM hands out: <site>/k/<shortId>, without a trailing slash. */
export function shortLink(site: string | URL, shortId: string): string {
  return `${withoutTrailingSlash(String(site))}/${SHORT_LINK_SEGMENT}/${shortId}`;
}

function withoutTrailingSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

/** The URL segment of a category page: the whole name as a slug, never cut ("Facturen & betalen" → facturen-betalen). */
export function categorySlug(category: string): string {
  return slugOf(category, { maxLength: Infinity });
}
