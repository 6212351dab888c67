import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { siteUrls } from './site-urls.ts';

// axe-core (WCAG 2.x A and AA) on one page of every type, in Dutch and English, plus the search
// page with results showing.
test('every page type is axe-clean', async ({ page, request }) => {
  test.setTimeout(120_000);
  const urls = await siteUrls(request);
  const paths = [
    '/',
    '/faq/',
    urls.category,
    urls.article,
    '/blog/',
    urls.blogPost,
    urls.broadcast,
    '/zoeken/',
    '/bestaat-niet/',
    '/en/',
    '/en/faq/',
    urls.enArticle,
    '/en/search/',
  ].filter((path): path is string => Boolean(path));
  const violations: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    violations.push(...result.violations.map((v) => `${path}: ${v.id} (${v.nodes.length}×) ${v.help}`));
  }
  expect(violations).toEqual([]);
});

test('the search page with results is axe-clean', async ({ page }) => {
  await page.goto('/zoeken/');
  const first = page.locator('.question-list a').first();
  test.skip((await first.count()) === 0, 'no articles');
  await page.getByRole('searchbox').fill(await first.innerText());
  await expect(page.locator('[data-results] a').first()).toBeVisible();
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'best-practice']).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
