// /cm/: every published answer, most asked first, filterable by keyboard, kept out of search engines.
import { expect, test } from '@playwright/test';

test('/cm/ is noindex and lists answers most asked first', async ({ page }) => {
  await page.goto('/cm/');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  const counts = await page.locator('[data-cm-item] .muted').allInnerTexts();
  const asked = counts.map((text) => Number(/(\d+)× gevraagd/.exec(text)?.[1] ?? NaN)).filter((n) => !Number.isNaN(n));
  expect(asked.length).toBeGreaterThan(3);
  expect(asked).toEqual([...asked].sort((a, b) => b - a));
});

test('the filter narrows the list as you type and Escape clears it, all by keyboard', async ({ page }) => {
  await page.goto('/cm/');
  const items = page.locator('[data-cm-item]');
  const total = await items.count();
  const first = (await items.first().locator('h2 a').innerText()).trim();
  const word = first
    .split(/\s+/)
    .find((w) => w.length > 6)!
    .replace(/[?!.,]/g, '')
    .toLowerCase();
  const filter = page.getByLabel('Filter op vraag, onderwerp of programma');
  await page.keyboard.press('Tab'); // skip link
  while (!(await filter.evaluate((el) => el === document.activeElement))) await page.keyboard.press('Tab');
  await page.keyboard.type(word);
  const shown = page.locator('[data-cm-item]:visible');
  await expect(shown.first()).toContainText(first);
  const visible = await shown.count();
  expect(visible).toBeLessThan(total);
  await expect(page.locator('[data-cm-status]')).toHaveText(`${visible} van ${total} getoond`);
  await page.keyboard.type(' zzqxv');
  await expect(shown).toHaveCount(0);
  await expect(page.locator('[data-cm-status]')).toHaveText('Niets gevonden.');
  await page.keyboard.press('Escape');
  await expect(shown).toHaveCount(total);
});

test('/cm/ is in neither the sitemap nor the search index', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  expect(sitemap).not.toContain('/cm/');
  expect(await (await request.get('/search-index.json')).text()).not.toContain('/cm/');
});
