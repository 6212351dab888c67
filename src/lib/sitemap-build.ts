// Node-only on purpose: the sitemap integration runs after the build in astro.config.mjs and reads
// the written pages from disk. Kept apart from sitemap.ts so the rules stay testable without files.
import { readFile } from 'node:fs/promises';
import { builtFileForUrl, sitemapEntryFromHtml, type SitemapItem } from './sitemap.ts';

export function sitemapSerializer(outDir: URL) {
  return async <T extends SitemapItem>(item: T): Promise<T | undefined> => {
    const html = await readFile(new URL(builtFileForUrl(item.url), outDir), 'utf8').catch(() => undefined);
    return html === undefined ? item : sitemapEntryFromHtml(item, html);
  };
}
