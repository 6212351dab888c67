// Short links must keep resolving in a real browser: on the project's own build (served by astro
// preview), and on a fixture site after an article was renamed, served like a plain static host.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { buildSite, builtRedirects, copySite, PROJECT, serveStatic, type SiteCopy, type StaticServer } from '#tests/helpers/site-build.ts';

test('every short link in _redirects has a redirect page that lands on its article', async ({ page }) => {
  const rules = builtRedirects()
    .split('\n')
    .filter((line) => line.startsWith('/k/'))
    .map((line) => line.split(' ') as [string, string, string]);
  expect(rules.length).toBeGreaterThan(3);
  for (const [from, to, status] of rules.slice(0, 5)) {
    expect(status).toBe('301');
    await page.goto(`${from}/`);
    await expect(page).toHaveURL(new RegExp(`${to}$`));
    await expect(page.locator('h1')).toHaveCount(1);
  }
});

test('a short link page is noindex and names its target as canonical', async ({ request }) => {
  const html = await (await request.get('/k/t7rm/')).text();
  test.skip(!html.includes('refresh'), 'the example content has no article t7rm');
  expect(html).toMatch(/<meta name="robots" content="noindex">/);
  expect(html).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+\/faq\/termijnbedrag-aanpassen\/">/);
});

test.describe('after an article is renamed, recategorised and retitled', () => {
  let site: SiteCopy;
  let server: StaticServer;

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    site = copySite('veelgesteld-rename-', join(PROJECT, 'tests/fixtures/embargo/content'));
    const faq = join(site.dir, 'content/faq/nl');
    const original = readFileSync(join(faq, 'storing-melden.mdx'), 'utf8');
    rmSync(join(faq, 'storing-melden.mdx'));
    const renamed = original
      .replace('title: Hoe meld ik een storing?', 'title: Storing doorgeven en volgen')
      .replace('category: Storingen', 'category: Internet en tv')
      .replace('previousSlugs: [storing-doorgeven]', 'previousSlugs: [storing-doorgeven, storing-melden]');
    writeFileSync(join(faq, 'storing-doorgeven-en-volgen.mdx'), renamed);
    const build = buildSite(site.dir, { VEELGESTELD_NOW: '2026-12-02T12:00:00+01:00' });
    expect(build.status, build.output.slice(-2000)).toBe(0);
    server = await serveStatic(build.outDir);
  });

  test.afterAll(async () => {
    await server?.close();
    site?.remove();
  });

  for (const old of ['/k/st4r', '/k/st4r/', '/faq/storing-melden/', '/faq/storing-doorgeven/']) {
    test(`${old} still reaches the article on a plain static host`, async ({ page }) => {
      await page.goto(`${server.url}${old}`);
      await expect(page).toHaveURL(`${server.url}/faq/storing-doorgeven-en-volgen/`);
      await expect(page.locator('h1')).toContainText('Storing doorgeven en volgen');
    });
  }
});
