// The HTML team report in Chromium: the bundled example through the real pipeline, opened from
// disk (file://). It must render its charts without fetching anything, and print on A4.
// VEELGESTELD_README_SCREENSHOTS=1 also writes the README's screenshot (docs/report.png).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';

let root: string;
let reportUrl: string;

test.beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'veelgesteld-report-e2e-'));
  cpSync('content', join(root, 'content'), { recursive: true });
  const result = spawnSync(process.execPath, ['scripts/cli.ts', 'pipeline', '--content', join(root, 'content', 'faq'), '--work', join(root, 'work')], {
    encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(0);
  reportUrl = pathToFileURL(join(root, 'work', 'report.html')).href;
});
test.afterAll(() => rmSync(root, { recursive: true, force: true }));

test('the report renders its charts from disk without the network', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(reportUrl);
  await expect(page.locator('h1')).toHaveText('Webcare-rapport');
  expect(await page.locator('html').getAttribute('lang')).toBe('nl');
  const charts = page.locator('figure.chart svg');
  expect(await charts.count()).toBeGreaterThanOrEqual(6);
  for (const chart of await charts.all()) {
    const box = await chart.boundingBox();
    expect(box?.width).toBeGreaterThan(300);
    expect(box?.height).toBeGreaterThan(100);
  }
  await expect(page.locator('ul.spikes li.broadcast').first()).toContainText('Na Radar op maandag 9 november 20:25');
  await expect(page.locator('ul.spikes li.incident').first()).toContainText('Vanaf woensdag 21 oktober');
  const notFound = page.locator('section', { has: page.locator('h2', { hasText: 'Gezocht, niet gevonden' }) }).locator('tbody tr');
  expect(await notFound.count()).toBeGreaterThanOrEqual(5);
  expect(requests.filter((url) => !url.startsWith('file:') && !url.startsWith('data:'))).toEqual([]);
  expect(errors).toEqual([]);
  mkdirSync('test-results', { recursive: true });
  await page.screenshot({ path: 'test-results/report.png', fullPage: true });
  if (process.env['VEELGESTELD_README_SCREENSHOTS'] === '1') {
    mkdirSync('docs', { recursive: true });
    await page.screenshot({ path: resolve('docs', 'report.png'), fullPage: true, clip: { x: 0, y: 0, width: 1000, height: 1900 } });
  }
});

test('the report prints on A4 pages', async ({ page }) => {
  await page.goto(reportUrl);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/gu) ?? [];
  expect(pages.length).toBeGreaterThanOrEqual(3);
  expect(pages.length).toBeLessThan(40);
});
