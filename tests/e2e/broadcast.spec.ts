// A broadcast statement page: programme and airing time, statement, updates log (newest first),
// contact route and related questions; its short link lands on it.
import { expect, test } from '@playwright/test';
import { builtRedirects } from '#tests/helpers/site-build.ts';
import { siteUrls } from './site-urls.ts';

test('the broadcast page shows its updates log newest first, contact and related questions', async ({ page, request }) => {
  const { broadcast } = await siteUrls(request);
  test.skip(!broadcast, 'the build has no public broadcast');
  await page.goto(broadcast!);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('article header p', { hasText: 'Uitzending:' }).locator('time')).toHaveText(/\d{1,2}\s\S+\s\d{4}\s\S+\s\d\d:\d\d/);
  const log = page.getByRole('region', { name: 'Aanvullingen' });
  const times = await log.locator('time').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('datetime')!));
  expect(times.length).toBeGreaterThan(0);
  expect(times).toEqual([...times].sort().reverse());
  await expect(page.getByRole('complementary', { name: 'Contact' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Lees ook' }).getByRole('link').first()).toHaveAttribute('href', /^\/faq\//);
});

test('the broadcast short link lands on the statement', async ({ page }) => {
  const redirects = builtRedirects();
  const rule = redirects.split('\n').find((line) => /^\/k\/\S+ \/uitzending\//.test(line));
  test.skip(!rule, 'no public broadcast');
  const [from, to] = rule!.split(' ') as [string, string];
  await page.goto(`${from}/`);
  await expect(page).toHaveURL(new RegExp(`${to}$`));
});
