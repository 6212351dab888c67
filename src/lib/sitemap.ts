// The sitemap lists what the build produced. Each page declares in its own <head> whether search
// engines may index it (robots noindex on drafts, previews, redirects, 404) and when it last
// changed (article:modified_time); the sitemap follows those declarations.

export type SitemapItem = { url: string; lastmod?: string | undefined };

const NOINDEX = /<meta\s+name="robots"\s+content="[^"]*noindex/i;
const MODIFIED = /<meta\s+property="article:modified_time"\s+content="([^"]+)"/i;
const REFRESH = /<meta\s+http-equiv="refresh"/i;

/** The sitemap entry for a built page, or undefined when the page must stay out of the sitemap. */
export function sitemapEntryFromHtml<T extends SitemapItem>(item: T, html: string): T | undefined {
  if (NOINDEX.test(html) || REFRESH.test(html)) return undefined;
  const modified = MODIFIED.exec(html)?.[1];
  return modified ? { ...item, lastmod: new Date(modified).toISOString() } : item;
}

/** "https://site/faq/x/" → "faq/x/index.html" relative to the build output (directory format). */
export function builtFileForUrl(url: string): string {
  const pathname = decodeURIComponent(new URL(url).pathname);
  const relative = pathname.replace(/^\/+/, '');
  return relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
}
