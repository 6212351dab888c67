import { describe, expect, it } from 'vitest';
import { builtFileForUrl, sitemapEntryFromHtml } from '#site/lib/sitemap.ts';

const item = { url: 'https://x.nl/faq/a/' };

describe('sitemapEntryFromHtml', () => {
  it('takes lastmod from article:modified_time', () => {
    const html = '<meta property="article:modified_time" content="2026-02-10T00:00:00.000Z" />';
    expect(sitemapEntryFromHtml(item, html)).toEqual({ ...item, lastmod: '2026-02-10T00:00:00.000Z' });
  });
  it('keeps pages without a date as they are', () => expect(sitemapEntryFromHtml(item, '<title>x</title>')).toEqual(item));
  it('drops pages that ask not to be indexed (drafts in preview builds, 404)', () => {
    expect(sitemapEntryFromHtml(item, '<meta name="robots" content="noindex, nofollow" />')).toBeUndefined();
  });
  it('drops redirect pages', () => {
    expect(sitemapEntryFromHtml(item, '<meta http-equiv="refresh" content="0;url=/faq/b/">')).toBeUndefined();
  });
});

describe('builtFileForUrl', () => {
  it.each([
    ['https://x.nl/', 'index.html'],
    ['https://x.nl/faq/a/', 'faq/a/index.html'],
    ['https://x.nl/en/faq/caf%C3%A9/', 'en/faq/café/index.html'],
    ['https://x.nl/rss.xml', 'rss.xml'],
  ])('%s → %s', (url, file) => expect(builtFileForUrl(url)).toBe(file));
});
