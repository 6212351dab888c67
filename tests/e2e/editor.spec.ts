import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, isMap, isScalar } from 'yaml';
import { broadcastSchema, faqSchema } from '#core/content.ts';
import { splitFrontmatter } from '#core/frontmatter.ts';
import { startEditor } from '#tests/helpers/editor-process.ts';
import { buildSite, copySite, listFiles, PROJECT, type SiteCopy } from '#tests/helpers/site-build.ts';

// The browser editor as an editor uses it: `veelgesteld editor` on a temporary copy of the site with
// the drafts `npm start` makes, Decap CMS in Chromium, files checked on disk, and a production build
// of the result. EDITOR_SCREENSHOTS=1 writes the README's screenshots to docs/editor/.
test.describe.configure({ mode: 'serial' });

const PORT = Number(process.env['E2E_EDITOR_PORT'] ?? 4436);
/** The editor's "now": checks, the publish gate and the schedule use it. */
const NOW = '2026-12-01T10:00:00+01:00';
const SCREENSHOTS = process.env['EDITOR_SCREENSHOTS'] ? join(PROJECT, 'docs', 'editor') : undefined;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

let site: SiteCopy;
let editor: ChildProcess;
let base = '';
let publishedSlug = '';

test.beforeAll(async () => {
  test.setTimeout(120_000);
  site = copySite('veelgesteld-editor-e2e-', join(PROJECT, 'content'));
  const env = { ...process.env, VEELGESTELD_NOW: NOW };
  const pipeline = spawnSync(process.execPath, ['scripts/cli.ts', 'pipeline'], { cwd: site.dir, env, encoding: 'utf8' });
  expect(pipeline.status, pipeline.stderr).toBe(0);
  ({ process: editor, base } = await startEditor(site.dir, PORT, NOW));
});

test.afterAll(() => {
  editor?.kill('SIGTERM');
  site?.remove();
});

test('the review queue shows drafts most asked first, with their evidence', async ({ page }, testInfo) => {
  await page.goto(base);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wachtrij: concepten om af te maken');
  const cards = page.locator('.vg-card');
  expect(await cards.count()).toBeGreaterThan(3);
  const counts = (await page.locator('.vg-card .vg-stats div:first-child dd').allInnerTexts()).map(Number);
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
  const first = cards.first();
  await expect(first.locator('.vg-status')).toHaveText('Concept');
  await expect(first.locator('.vg-coverage')).toBeVisible();
  await expect(first.locator('svg.vg-chart rect').first()).toBeAttached();
  await first.getByText('Voorbeeldvragen en het beste webcare-antwoord').click();
  await expect(first.locator('details li').first()).toBeVisible();
  await expectAxeClean(page);
  await screenshot(page, testInfo, 'wachtrij');
});

test('an editor takes the most asked draft from the queue to a published article', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await login(page);
  await page.goto(base);
  const first = page.locator('.vg-card').first();
  const path = await first.locator('code').innerText();
  const original = readFileSync(join(site.dir, path), 'utf8');
  publishedSlug = path
    .split('/')
    .pop()!
    .replace(/\.mdx$/, '');
  const queuedTitle = await first.locator('h2').innerText();
  await first.getByRole('link', { name: 'Bewerken' }).click();

  const title = page.getByLabel('Titel', { exact: true });
  await expect(title).toHaveValue(queuedTitle);
  // What mining saw is in view while editing, read-only.
  const evidence = page.locator('.vg-evidence');
  await evidence.scrollIntoViewIfNeeded();
  await expect(evidence).toContainText('Verschillende klanten');
  await expect(evidence.locator('svg.vg-chart')).toBeAttached();
  await expect(preview(page).locator('[data-testid=checks] h2')).toBeVisible();
  await screenshot(page, testInfo, 'bewerken-bewijs');
  await title.scrollIntoViewIfNeeded();
  // An over-long title is refused with the check's own message.
  const long = 'Waarom zijn de kosten zo veel hoger geworden dan vorig jaar, en wat kan ik doen?';
  await title.fill(long);
  await expect(page.locator('.vg-counter.vg-over').first()).toContainText(`${[...long].length} / 60 tekens`);
  const checks = preview(page).locator('[data-testid=checks]');
  await expect(checks).toContainText(`de titel is ${[...long].length} tekens; houd hem op hoogstens 60, zodat zoekmachines hem helemaal tonen`);
  await save(page);
  await expect(
    toast(page, `waarschuwing: de titel is ${[...long].length} tekens; houd hem op hoogstens 60, zodat zoekmachines hem helemaal tonen`),
  ).toBeVisible();
  expect(readFileSync(join(site.dir, path), 'utf8')).toBe(original);
  await dismissToast(page);

  const newTitle = 'Wat kost het terugleveren van stroom?';
  const newReply = 'Voor stroom die je teruglevert betaal je een vaste vergoeding per kWh. In de app zie je wat het jou kost. Alles over terugleveren:';
  await title.fill(newTitle);
  await page.getByLabel('Antwoord voor webcare').fill(newReply);
  await chooseStatus(page, 'Gepubliceerd');
  // Publishing with TODOs left is refused by the publish gate.
  await save(page);
  await expect(toast(page, 'nog een TODO in dit FAQ-artikel, met status Gepubliceerd')).toBeVisible();
  expect(readFileSync(join(site.dir, path), 'utf8')).toBe(original);
  await dismissToast(page);
  // The live check says the same before anyone presses save.
  await expect(checks).toContainText('nog een TODO in dit FAQ-artikel, met status Gepubliceerd');
  await screenshot(page, testInfo, 'bewerken-controle');

  const body = [
    '## Kort antwoord',
    '',
    'Voor stroom die je teruglevert, betaal je een vaste vergoeding per kWh.',
    '',
    '## Uitleg',
    '',
    'Wij kopen de stroom in en maken kosten om die terug te leveren aan het net.',
    '',
    '## Wat kun je zelf doen?',
    '',
    '- Kijk in de app onder **Verbruik** hoeveel je teruglevert.',
    '- Gebruik stroom op het moment dat je panelen hem opwekken.',
    '',
    '## Nog vragen?',
    '',
    'Stuur ons een bericht via X, Facebook of WhatsApp.',
  ].join('\n');
  await page.getByLabel(/^Tekst/).fill(body);
  await expect(checks).not.toContainText('TODO');
  await save(page);
  await expect(page.getByText('Wijzigingen opgeslagen', { exact: false })).toBeVisible();
  await expect.poll(() => readFileSync(join(site.dir, path), 'utf8')).not.toBe(original);

  const saved = readFileSync(join(site.dir, path), 'utf8');
  const before = frontmatterBlocks(original);
  const after = frontmatterBlocks(saved);
  const changed = [...new Set([...before.keys(), ...after.keys()])].filter((key) => before.get(key) !== after.get(key)).sort();
  expect(changed).toEqual(['publishAt', 'reply', 'status', 'title', 'updatedAt']);
  const data = parseDocument(splitFrontmatter(saved)!.yaml).toJS() as Record<string, unknown>;
  expect(data).toMatchObject({ title: newTitle, reply: newReply, status: 'published', publishAt: NOW, updatedAt: NOW });
  expect(data['generatedHash']).toBe((parseDocument(splitFrontmatter(original)!.yaml).toJS() as Record<string, unknown>)['generatedHash']);
  expect(faqSchema.safeParse(data).success).toBe(true);
  expect(splitFrontmatter(saved)!.body.trim()).toBe(body);

  // Mining again on the same export leaves the editor's work alone.
  const rerun = spawnSync(process.execPath, ['scripts/cli.ts', 'pipeline'], { cwd: site.dir, env: { ...process.env, VEELGESTELD_NOW: NOW }, encoding: 'utf8' });
  expect(rerun.status, rerun.stderr).toBe(0);
  expect(readFileSync(join(site.dir, path), 'utf8')).toBe(saved);
});

test('an editor prepares a broadcast under embargo, and the production build leaves it out until publishAt', async ({ page }, testInfo) => {
  test.setTimeout(300_000);
  await login(page);
  await page.goto(`${base}admin/#/collections/broadcasts/new`);
  const title = 'Reactie op Kassa: storing bij internet in december';
  await page.getByLabel('Titel', { exact: true }).fill(title);
  await page
    .getByLabel('Beschrijving', { exact: true })
    .fill('Kassa besteedt aandacht aan de internetstoring van 28 november. Wat er gebeurde en wat we doen.');
  await page.getByLabel('Programma', { exact: true }).fill('Kassa');
  await page.getByLabel('Uitzending (Amsterdamse tijd)').fill('2026-12-01T20:30');
  await page.getByLabel('Publiceren vanaf (embargo)').fill('2026-12-01T18:30');
  await page.getByLabel('Naam', { exact: true }).fill('Team Woordvoering Veldlicht');
  await page.getByLabel('Hoe klanten ons bereiken').fill('WhatsApp via de app of gratis 0800-0250250');
  await page.getByRole('button', { name: /Voeg voorbereide antwoorden/ }).click();
  const reply = 'Vervelend dat je internet het niet deed. Alle storingen zijn verholpen; heb je nog problemen, herstart dan je modem. Meer uitleg:';
  await page.locator('.vg-counted textarea').last().fill(reply);
  await expect(page.locator('.vg-counted .vg-counter').last()).toContainText(`${reply.length + 24} / 280 tekens zoals X telt`);
  await page.getByRole('button', { name: /Voeg updates/ }).click();
  await page.getByLabel('Tijdstip (Amsterdamse tijd)').fill('2026-12-01T09:00');
  await page.getByLabel('Wat is er veranderd of bijgekomen').fill('Alle storingen zijn sinds 29 november verholpen.');
  const body =
    '## Wat is er gebeurd?\n\nOp 28 november viel het internet uit.\n\n## Wat hebben we gedaan?\n\nWe hebben de storing verholpen.\n\n## Vragen en antwoorden\n\n### Krijg ik een vergoeding?\n\nJa, automatisch op je volgende factuur.\n';
  await page.getByLabel(/^Tekst/).fill(body);
  const schedule = preview(page).locator('[data-testid=schedule]');
  await expect(schedule).toContainText('Openbaar vanaf');
  await expect(schedule).toContainText('(over 8 u 30 min)');
  await expect(schedule).toContainText('veelgesteld due');
  await screenshot(page, testInfo, 'uitzending');
  await save(page);
  await expect(page.getByText('Wijzigingen opgeslagen', { exact: false })).toBeVisible();

  const file = join(
    site.dir,
    'content',
    'broadcasts',
    readdirSync(join(site.dir, 'content', 'broadcasts')).find((name) => name.includes('kassa'))!,
  );
  await expect.poll(() => existsSync(file)).toBe(true);
  let text = readFileSync(file, 'utf8');
  expect(text).toContain('\nairsAt: 2026-12-01T20:30:00+01:00\n');
  expect(text).toContain('\npublishAt: 2026-12-01T18:30:00+01:00\n');
  expect(text).toContain('status: "draft"');
  // Publishing keeps the embargo: the item is published, but public only from publishAt.
  await chooseStatus(page, 'Gepubliceerd');
  await save(page);
  await expect.poll(() => readFileSync(file, 'utf8')).toContain('status: published');
  text = readFileSync(file, 'utf8');
  const data = parseDocument(splitFrontmatter(text)!.yaml).toJS() as Record<string, unknown>;
  expect(broadcastSchema.safeParse(data).success).toBe(true);
  expect(data['publishAt']).toBe('2026-12-01T18:30:00+01:00');
  const shortId = String(data['shortId']);
  await page.goto(base);
  await expect(page.locator('.vg-broadcasts li').filter({ hasText: title })).toContainText('Openbaar vanaf di 1 dec 2026, 18:30 (over 8 u 30 min)');

  // The production build before publishAt: the broadcast is nowhere, the article published above is there.
  const build = buildSite(site.dir, { VEELGESTELD_NOW: '2026-12-01T12:00:00+01:00' });
  expect(build.status, build.output.slice(-2000)).toBe(0);
  const files = listFiles(build.outDir);
  // (publishedSlug is empty when this test runs on its own.)
  if (publishedSlug) expect(files).toContain(`faq/${publishedSlug}/index.html`);
  expect(files.filter((name) => name.includes('kassa') || name.startsWith(`k/${shortId}/`))).toEqual([]);
  // Nothing of the editor is in the production build.
  expect(files.filter((name) => name.startsWith('admin/') || name.includes('decap'))).toEqual([]);
  const mentions = files.filter((name) => /\.(html|xml|json|txt)$/.test(name) && readFileSync(join(build.outDir, name), 'utf8').includes('Reactie op Kassa'));
  expect(mentions).toEqual([]);
});

test('the editor pages are axe-clean: the queue, and the CMS pages an editor uses', async ({ page }) => {
  await login(page);
  await page.goto(base);
  await expectAxeClean(page);
  await page.locator('.vg-card').first().getByRole('link', { name: 'Bewerken' }).click();
  await expect(page.getByLabel('Titel', { exact: true })).toBeVisible();
  await expect(preview(page).locator('[data-testid=checks] h2')).toBeVisible();
  // Our widgets and panels: WCAG and best practice.
  const widgets = await new AxeBuilder({ page })
    .include('.vg-counted')
    .include('.vg-datetime')
    .include('.vg-evidence')
    .include('.vg-markdown')
    .withTags(AXE_TAGS)
    .analyze();
  expect(widgets.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  // Whole CMS pages: WCAG 2.1 A/AA. (Decap's editor toolbar is not in a landmark, a best-practice
  // rule we cannot change from outside; cms.ts names its icon-only buttons, editor.css fixes contrast.)
  for (const hash of ['', '#/collections/faq-nl', '#/collections/broadcasts/new']) {
    if (hash) await page.goto(`${base}admin/${hash}`);
    await expect(page.locator('[class*="AppHeader"]').first()).toBeVisible();
    await page.waitForTimeout(500);
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(result.violations.map((violation) => `${hash || 'editor'}: ${violation.id} (${violation.nodes.length}×): ${violation.help}`)).toEqual([]);
  }
});

// --- helpers ---

/** Opens the CMS once: on the editor's own computer there is no login screen. */
async function login(page: Page): Promise<void> {
  await page.goto(`${base}admin/`);
  await expect(page.getByRole('link', { name: /Veelgestelde vragen \(Nederlands\)/ }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Inloggen' })).toHaveCount(0);
}

async function save(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await page.getByText('Nu opslaan', { exact: true }).click();
}

async function chooseStatus(page: Page, label: string): Promise<void> {
  await page.getByLabel(/^Status/).click();
  await page.getByRole('option', { name: label, exact: true }).click();
}

/** Decap's notification (react-toastify) with this text. */
function toast(page: Page, text: string) {
  return page.locator('.Toastify__toast').filter({ hasText: text });
}

async function dismissToast(page: Page): Promise<void> {
  for (const button of await page.locator('.Toastify__close-button').all()) await button.click();
  await expect(page.locator('.Toastify__toast')).toHaveCount(0);
}

function preview(page: Page) {
  return page.frameLocator('iframe').first();
}

async function expectAxeClean(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(result.violations.map((violation) => `${violation.id} (${violation.nodes.length}×): ${violation.help}`)).toEqual([]);
}

async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  if (SCREENSHOTS) {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
  } else {
    await page.screenshot({ path: testInfo.outputPath(`${name}.png`) });
  }
}

/** Each top-level frontmatter key with the exact text of its lines. */
function frontmatterBlocks(text: string): Map<string, string> {
  const yaml = splitFrontmatter(text)!.yaml;
  const doc = parseDocument(yaml);
  const blocks = new Map<string, string>();
  if (!isMap(doc.contents)) return blocks;
  const items = doc.contents.items;
  items.forEach((item, index) => {
    const start = (item.key as { range?: number[] }).range?.[0] ?? 0;
    const end = (items[index + 1]?.key as { range?: number[] } | undefined)?.range?.[0] ?? yaml.length;
    if (isScalar(item.key)) blocks.set(String(item.key.value), yaml.slice(start, end).trimEnd());
  });
  return blocks;
}
