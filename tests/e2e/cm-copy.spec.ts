// Copy buttons of reply snippets in a real browser: with clipboard access, and the fallback when the
// browser refuses it. The copied text is the reply, a space and the short link with the channel's UTM.
import { expect, test, type Page } from '@playwright/test';
import { siteUrls } from './site-urls.ts';

async function replyOn(page: Page) {
  const box = page.locator('[data-reply]').first();
  const text = (await box.locator('[data-reply-text]').innerText()).trim();
  const link = (await box.getAttribute('data-link'))!;
  return { box, text, link };
}

test.describe('with clipboard access', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  test('"Kopieer antwoord" on an article copies reply + short link for the picked channel, by keyboard', async ({ page, request }) => {
    const { article } = await siteUrls(request);
    test.skip(!article, 'no article');
    await page.goto(article!);
    await page.getByText('Antwoord kopiëren (voor webcare)').click();
    await page.getByLabel('Kanaal (UTM)').selectOption('whatsapp');
    const { box, text, link } = await replyOn(page);
    await box.getByRole('button', { name: 'Kopieer antwoord' }).focus();
    await page.keyboard.press('Enter');
    await expect(box.getByRole('status')).toHaveText('Gekopieerd');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${text} ${link}?utm_source=whatsapp&utm_medium=webcare`);
    await expect(box.locator('[data-reply-link]')).toHaveText(`${link}?utm_source=whatsapp&utm_medium=webcare`);
  });

  test('"Kopieer link" copies only the link; channel "Geen" leaves out UTM', async ({ page }) => {
    await page.goto('/cm/');
    await page.getByLabel('Kanaal (UTM)').selectOption({ label: 'Geen' });
    const { box, link } = await replyOn(page);
    await box.getByRole('button', { name: /^Kopieer link/ }).click();
    await expect(box.getByRole('status')).toHaveText('Gekopieerd');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    expect(link).toMatch(/^https?:\/\/[^/]+\/k\/[2-9a-z]{4,8}$/);
  });
});

test('when the clipboard is refused, the text is selected in a field with a Ctrl+C hint', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
  });
  await page.goto('/cm/');
  const { box, text, link } = await replyOn(page);
  await box.getByRole('button', { name: /^Kopieer antwoord/ }).click();
  await expect(box.getByRole('status')).toContainText('druk op Ctrl+C');
  const field = box.locator('textarea[data-copy-fallback]');
  await expect(field).toBeVisible();
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(new RegExp(`^${escape(text)} ${escape(link)}\\?utm_source=x&utm_medium=webcare$`));
  const selected = await field.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
  expect(selected).toBe(await field.inputValue());
});

test('without JavaScript the reply and its link are on the page and the buttons are hidden', async ({ browser, request }) => {
  const { article } = await siteUrls(request);
  test.skip(!article, 'no article');
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(article!);
  await page.getByText('Antwoord kopiëren (voor webcare)').click();
  await expect(page.locator('[data-reply-link]')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Kopieer antwoord' })).toBeHidden();
  await context.close();
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
