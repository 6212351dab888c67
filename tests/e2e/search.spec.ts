import { expect, test, type Page } from '@playwright/test';

/** The most asked question on the search page's empty state: a query that must find its article. */
async function mostAsked(page: Page): Promise<{ title: string; href: string }> {
  const link = page.locator('[data-empty] .question-list a').first();
  test.skip((await link.count()) === 0, 'the build has no articles');
  return { title: await link.innerText(), href: (await link.getAttribute('href'))! };
}

test('search as you type, by keyboard only: arrows, Enter and Escape', async ({ page }) => {
  await page.goto('/zoeken/');
  const target = await mostAsked(page);
  const input = page.getByRole('searchbox', { name: 'Zoek een antwoord' });
  await input.focus();
  await page.keyboard.type(target.title.toLowerCase(), { delay: 5 });
  const results = page.locator('[data-results] a');
  await expect(results.first()).toBeVisible();
  await expect(page.locator('[data-results] a[href="' + target.href + '"]')).toBeVisible();
  await expect(page.locator('[data-results] mark').first()).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(/^\d+ (resultaat|resultaten) voor ‘/);
  await expect(page.locator('[data-empty]')).toBeHidden();

  await page.keyboard.press('ArrowDown');
  await expect(results.first()).toBeFocused();
  if ((await results.count()) > 1) {
    await page.keyboard.press('ArrowDown');
    await expect(results.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
  }
  await expect(results.first()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(input).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(input).toHaveValue('');
  await expect(page.locator('[data-empty]')).toBeVisible();
  await expect(results).toHaveCount(0);

  await page.keyboard.type(target.title, { delay: 5 });
  await page.keyboard.press('ArrowDown');
  const href = await results.first().getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

test('a ?q= deep link is prefilled and executed, and typing keeps the URL shareable', async ({ page }) => {
  await page.goto('/zoeken/');
  const target = await mostAsked(page);
  await page.goto(`/zoeken/?q=${encodeURIComponent(target.title)}`);
  await expect(page.getByRole('searchbox')).toHaveValue(target.title);
  await expect(page.locator(`[data-results] a[href="${target.href}"]`)).toBeVisible();
  await page.getByRole('searchbox').fill('storing');
  await expect(page).toHaveURL(/\?q=storing$/);
});

test('a query without results shows the empty state with the most asked questions and the contact route', async ({ page }) => {
  await page.goto('/zoeken/?q=xqzv');
  await expect(page.getByRole('status')).toHaveText('Geen resultaten voor ‘xqzv’.');
  await expect(page.locator('[data-empty] .question-list a').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Staat je vraag er niet bij?' })).toBeVisible();
});

test('the home search box searches in place and Enter opens the search page with the query', async ({ page }) => {
  await page.goto('/zoeken/');
  const target = await mostAsked(page);
  await page.goto('/');
  const input = page.getByRole('searchbox');
  await input.fill(target.title);
  await expect(page.locator(`[data-results] a[href="${target.href}"]`)).toBeVisible();
  await input.press('Enter');
  await expect(page).toHaveURL(/\/zoeken\/\?q=/);
  await expect(page.getByRole('searchbox')).toHaveValue(target.title);
});

test('English search uses the English index and labels', async ({ page }) => {
  await page.goto('/en/search/');
  const link = page.locator('[data-empty] .question-list a').first();
  test.skip((await link.count()) === 0, 'no English articles');
  const title = await link.innerText();
  await page.getByRole('searchbox', { name: 'Search for an answer' }).fill(title);
  await expect(page.locator(`[data-results] a[href="${await link.getAttribute('href')}"]`)).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(/results? for ‘/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the form submits to the search page, which shows the most asked questions', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('searchbox').fill('termijnbedrag');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await expect(page).toHaveURL(/\/zoeken\/\?q=termijnbedrag$/);
    await expect(page.getByRole('heading', { name: 'Meest gestelde vragen' })).toBeVisible();
  });
});

test('the search index holds only public articles', async ({ request, page }) => {
  // Read article URLs from the raw JSON so the test does not depend on the index layout.
  const index = await (await request.get('/search-index.json')).text();
  const indexed = [...new Set([...index.matchAll(/"(\/faq\/[^"]+\/)"/g)].map((m) => m[1]))];
  await page.goto('/faq/');
  const listed = await page.locator('main .question-list a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(indexed.length).toBeGreaterThan(0);
  expect(indexed.sort()).toEqual([...listed].sort());
});
