// Every URL the site links to is built here from the shared route model (#core/routes.ts), so
// routes and links cannot drift apart, and the CLI's links point at the same pages.
import type { Locale } from '#core/content.ts';
import { categorySlug, homePath, itemPath, localePath, ROUTE_SEGMENTS as SEGMENTS } from '#core/routes.ts';

export type PageKind = 'faq' | 'blog' | 'broadcast' | 'category' | 'page';

/** "nl/termijnbedrag-aanpassen" → "termijnbedrag-aanpassen"; ids without a folder stay as they are. */
export function slugFromId(id: string): string {
  return id.slice(id.lastIndexOf('/') + 1);
}

export const paths = {
  home: homePath,
  faqIndex: (lang: Locale) => localePath(lang, SEGMENTS[lang].faq),
  faq: (lang: Locale, slug: string) => itemPath('faq', lang, slug),
  category: (lang: Locale, category: string) => localePath(lang, SEGMENTS[lang].faq, SEGMENTS[lang].category, categorySlug(category)),
  /** Page 1 is the index itself; later pages are /blog/2/, /blog/3/, … */
  blogIndex: (lang: Locale, page = 1) => (page <= 1 ? localePath(lang, SEGMENTS[lang].blog) : localePath(lang, SEGMENTS[lang].blog, page)),
  blogPost: (lang: Locale, slug: string) => itemPath('blog', lang, slug),
  broadcast: (lang: Locale, slug: string) => itemPath('broadcasts', lang, slug),
  search: (lang: Locale, query?: string) => localePath(lang, SEGMENTS[lang].search) + (query ? `?q=${encodeURIComponent(query)}` : ''),
  searchIndex: (lang: Locale) => `${homePath(lang)}search-index.json`,
  rss: (lang: Locale) => `${homePath(lang)}rss.xml`,
  /** The generated social card of a page: /og/nl/faq/<slug>.png. */
  ogImage: (lang: Locale, kind: PageKind, slug: string) => `/og/${lang}/${kind}/${slug}.png`,
};

/** The locale a URL path belongs to. */
export function localeOfPath(pathname: string): Locale {
  return pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'nl';
}

/** The language of an entry: its folder ("en/…") when it has one, else its frontmatter `lang`. */
export function langOfEntry(entry: { id: string; data: { lang: Locale } }): Locale {
  const folder = entry.id.split('/')[0];
  return folder === 'nl' || folder === 'en' ? folder : entry.data.lang;
}
