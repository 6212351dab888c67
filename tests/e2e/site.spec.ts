import { expect, test, type Page } from '@playwright/test';
import { EXECUTABLE_SCRIPT, siteUrls, type SiteUrls } from './site-urls.ts';

let urls: SiteUrls;
test.beforeAll(async ({ request }) => {
  urls = await siteUrls(request);
});

/** Fails the test on console errors and failed requests while the page loads. */
async function visit(page: Page, path: string) {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  const response = await page.goto(path);
  await page.waitForLoadState('networkidle');
  return { response, errors };
}

const pageTypes: [string, (u: SiteUrls) => string | undefined, string][] = [
  ['home', () => '/', 'nl-NL'],
  ['FAQ index', () => '/faq/', 'nl-NL'],
  ['category', (u) => u.category, 'nl-NL'],
  ['article', (u) => u.article, 'nl-NL'],
  ['blog index', () => '/blog/', 'nl-NL'],
  ['blog post', (u) => u.blogPost, 'nl-NL'],
  ['broadcast', (u) => u.broadcast, 'nl-NL'],
  ['search', () => '/zoeken/', 'nl-NL'],
  ['English home', () => '/en/', 'en-GB'],
  ['English FAQ index', () => '/en/faq/', 'en-GB'],
  ['English article', (u) => u.enArticle, 'en-GB'],
  ['English search', () => '/en/search/', 'en-GB'],
];

for (const [name, pick, lang] of pageTypes) {
  test(`${name} renders with one h1, lang ${lang}, canonical and no console errors`, async ({ page }) => {
    const path = pick(urls);
    test.skip(!path, `the build has no ${name} page`);
    const { response, errors } = await visit(page, path!);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('main')).toBeVisible();
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${path!.replace(/[?]/g, '\\?')}$`));
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /\/og\/.+\.png$/);
    expect(errors).toEqual([]);
  });
}

test('the 404 page is served for unknown paths, in Dutch and English', async ({ page }) => {
  const response = await page.goto('/bestaat-niet/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Pagina niet gevonden');
  await expect(page.locator('[lang="en-GB"] h2')).toHaveText('Page not found');
});

test('the header navigation reaches the FAQ, blog, search and the English site', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await nav.getByRole('link', { name: 'Veelgestelde vragen' }).click();
  await expect(page).toHaveURL(/\/faq\/$/);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Blog' }).click();
  await expect(page).toHaveURL(/\/blog\/$/);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Zoeken' }).click();
  await expect(page).toHaveURL(/\/zoeken\/$/);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/search\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Direct naar de inhoud' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('home lists the most asked questions, linking to articles', async ({ page }) => {
  await page.goto('/');
  const questions = page.locator('#most-asked ~ .question-list a');
  expect(await questions.count()).toBeGreaterThan(0);
  await questions.first().click();
  await expect(page).toHaveURL(/\/faq\/[^/]+\/$/);
  await expect(page.locator('script[type="application/ld+json"]').first()).toBeAttached();
});

// Blog posts ship no JavaScript. Articles ship one progressive enhancement: the CM copy buttons of
// the reply snippet (issue 7), a single module of at most 2 KB; everything else works without it.
for (const [name, pick, scriptBudget] of [
  ['article', (u: SiteUrls) => u.article, { tags: 1, bytes: 2048 }],
  ['blog post', (u: SiteUrls) => u.blogPost, { tags: 0, bytes: 0 }],
] as const) {
  test(`${name} pages weigh at most 30 KB without images and ship at most ${scriptBudget.bytes} bytes of JavaScript`, async ({ page }) => {
    const path = pick(urls);
    test.skip(!path, `the build has no ${name}`);
    const sizes: Promise<number>[] = [];
    const scripts: Promise<number>[] = [];
    page.on('response', (response) => {
      const type = response.request().resourceType();
      if (type === 'image') return;
      const size = response.body().then((body) => body.length);
      sizes.push(size);
      if (type === 'script') scripts.push(size);
    });
    await visit(page, path!);
    const bytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
    const scriptBytes = (await Promise.all(scripts)).reduce((sum, size) => sum + size, 0);
    expect(await page.locator(EXECUTABLE_SCRIPT).count()).toBeLessThanOrEqual(scriptBudget.tags);
    expect(scriptBytes).toBeLessThanOrEqual(scriptBudget.bytes);
    expect(bytes).toBeGreaterThan(1000);
    expect(bytes).toBeLessThanOrEqual(30 * 1024);
  });
}

test('article pages carry FAQPage and BreadcrumbList structured data', async ({ page }) => {
  test.skip(!urls.article, 'no article');
  await page.goto(urls.article!);
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const types = blocks.map((text) => (JSON.parse(text) as { '@type': string })['@type']);
  expect(types).toEqual(expect.arrayContaining(['FAQPage', 'BreadcrumbList']));
  const title = await page.locator('h1').innerText();
  const faq = blocks.map((text) => JSON.parse(text)).find((d) => d['@type'] === 'FAQPage');
  expect(title).toContain(faq.mainEntity[0].name);
});

test('pages in both languages point to each other with hreflang and x-default', async ({ page }) => {
  await page.goto('/en/');
  await expect(page.locator('link[rel="alternate"][hreflang="nl"]')).toHaveAttribute('href', /\/$/);
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', /[^n]\/$/);
});

test('robots.txt points to the sitemap, which lists no CM pages', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
  expect(urls.all.length).toBeGreaterThan(3);
  expect(urls.all.filter((path) => path.startsWith('/cm/'))).toEqual([]);
});

test('the RSS feed lists the blog posts', async ({ request }) => {
  const response = await request.get('/rss.xml');
  expect(response.status()).toBe(200);
  const xml = await response.text();
  const posts = urls.all.filter((path) => /^\/blog\/(?!\d+\/)[^/]+\/$/.test(path));
  for (const post of posts) expect(xml).toContain(`${post}</link>`);
});

test('social card images are PNGs of 1200×630', async ({ page, request }) => {
  await page.goto(urls.article ?? '/');
  const image = new URL((await page.locator('meta[property="og:image"]').getAttribute('content'))!).pathname;
  const response = await request.get(image);
  expect(response.headers()['content-type']).toBe('image/png');
  const png = await response.body();
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
});
