// Finds one URL of each page type in the built site from its sitemap, so the specs work on
// whatever content the build has (the example content or a fixture site).
import type { APIRequestContext } from '@playwright/test';

export type SiteUrls = {
  all: string[];
  article: string | undefined;
  category: string | undefined;
  blogPost: string | undefined;
  broadcast: string | undefined;
  enArticle: string | undefined;
};

export async function siteUrls(request: APIRequestContext): Promise<SiteUrls> {
  const index = await (await request.get('/sitemap-index.xml')).text();
  const all: string[] = [];
  for (const sitemap of locs(index)) {
    all.push(...locs(await (await request.get(new URL(sitemap).pathname)).text()).map((u) => new URL(u).pathname));
  }
  const find = (pattern: RegExp) => all.find((path) => pattern.test(path));
  return {
    all,
    article: find(/^\/faq\/(?!categorie\/)[^/]+\/$/),
    category: find(/^\/faq\/categorie\/[^/]+\/$/),
    blogPost: find(/^\/blog\/(?!\d+\/)[^/]+\/$/),
    broadcast: find(/^\/uitzending\/[^/]+\/$/),
    enArticle: find(/^\/en\/faq\/(?!category\/)[^/]+\/$/),
  };
}

function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
}

/** Executable scripts only: JSON-LD data blocks are not JavaScript. */
export const EXECUTABLE_SCRIPT = 'script:not([type="application/ld+json"])';
