import { expect, test } from '@playwright/test';
import { siteUrls } from './site-urls.ts';

// Crawls every internal link reachable from the home page and the sitemap (HTML only; assets and
// feeds are requested once). Uses plain HTTP requests: fast, and the same HTML a browser gets.
test('no internal link is broken', async ({ request, baseURL }) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL!).origin;
  const { all } = await siteUrls(request);
  const queue = ['/', ...all];
  const seen = new Set(queue);
  const broken: string[] = [];
  while (queue.length) {
    const path = queue.shift()!;
    const response = await request.get(path, { maxRedirects: 5 });
    if (response.status() !== 200) {
      broken.push(`${path} → ${response.status()}`);
      continue;
    }
    if (!(response.headers()['content-type'] ?? '').includes('text/html')) continue;
    const html = await response.text();
    for (const [, href] of html.matchAll(/\s(?:href|src)="([^"#]+)/g)) {
      const url = new URL(href!.replace(/&amp;/g, '&'), origin + path);
      if (url.origin !== origin) continue;
      const target = url.pathname + url.search;
      if (!seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  expect(broken).toEqual([]);
  expect(seen.size).toBeGreaterThan(10);
});

test('canonical and social URLs use the configured site, and sitemap pages exist', async ({ request }) => {
  const { all } = await siteUrls(request);
  for (const path of all) {
    expect((await request.get(path)).status(), path).toBe(200);
  }
});
