import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page, type TestInfo } from '@playwright/test';
import { spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { decisionsFileSchema, type Decision } from '#core/decisions.ts';
import { splitFrontmatter } from '#core/frontmatter.ts';
import { startEditor } from '#tests/helpers/editor-process.ts';
import { copySite, PROJECT, type SiteCopy } from '#tests/helpers/site-build.ts';

// Editors steer mining in the browser (issue 26): on the topics page of `veelgesteld editor`, on a
// temporary copy of the site after `veelgesteld pipeline`, an editor rejects a draft, attaches a group
// that needs a look to a published article, splits a draft, makes an article of a group and undoes
// it. Each time the files on disk hold exactly that change; then the pipeline runs again on the same
// export and keeps to the decisions. EDITOR_SCREENSHOTS=1 writes the README's screenshots to docs/editor/.
test.describe.configure({ mode: 'serial' });

const PORT = Number(process.env['E2E_EDITOR_DECISIONS_PORT'] ?? 4438);
const NOW = '2026-12-01T10:00:00+01:00';
const SCREENSHOTS = process.env['EDITOR_SCREENSHOTS'] ? join(PROJECT, 'docs', 'editor') : undefined;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
/** A published article the attached group's questions go to. */
const TARGET = 'nl/modem-bezorging.mdx';

let site: SiteCopy;
let editor: ChildProcess;
let base = '';
/** What each decision did, for the run of the pipeline afterwards. */
const taken: {
  rejected?: { groupId: string; draft: string; decisionId: string };
  attached?: { groupId: string; questions: string[]; decisionId: string };
  split?: { groupId: string; draft: string; title: string; questions: string[] };
} = {};

test.beforeAll(async () => {
  test.setTimeout(180_000);
  site = copySite('veelgesteld-decisions-e2e-', join(PROJECT, 'content'));
  const pipeline = runPipeline();
  expect(pipeline.status, pipeline.stderr).toBe(0);
  ({ process: editor, base } = await startEditor(site.dir, PORT, NOW));
});

test.afterAll(() => {
  editor?.kill('SIGTERM');
  site?.remove();
});

test('the topics page shows mining’s groups with their evidence, in Dutch, axe-clean', async ({ page }, testInfo) => {
  await page.goto(`${base}onderwerpen`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Onderwerpen: mining bijsturen');
  await expect(page.getByRole('link', { name: 'Onderwerpen' })).toHaveAttribute('aria-current', 'page');
  for (const heading of ['Concepten', 'Even naar kijken', 'Al beantwoord volgens mining', 'Genomen besluiten']) {
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${heading}`) })).toBeVisible();
  }
  const first = section(page, 'concepten').locator('.vg-topic').first();
  await expect(first.locator('.vg-meta')).toContainText(/\d+ vragen/);
  await expect(first.locator('.vg-examples li').first()).toBeVisible();
  await expect(first.getByText('Beste antwoord van webcare')).toBeVisible();
  await expect(page.getByText('Nog geen besluiten.')).toBeVisible();
  await expectAxeClean(page);
  await screenshot(page, testInfo, 'onderwerpen');
  // Every form open: the fields, legends and search results too.
  for (const summary of await page.locator('.vg-topic').first().locator('summary').all()) await summary.click();
  await expectAxeClean(page);
  // The queue links here.
  await page.goto(base);
  await page.getByRole('link', { name: 'Onderwerpen' }).click();
  await expect(page).toHaveURL(/\/onderwerpen$/);
});

test('a decision the editor cannot take is refused in Dutch, and nothing is written', async ({ page }) => {
  const unknown = await page.request.post(`${base}api/editor/decisions`, { data: { kind: 'reject', groupId: 'bestaat-niet', reason: 'incident' } });
  expect(unknown.status()).toBe(400);
  expect(((await unknown.json()) as { error: string }).error).toMatch(/^Groep bestaat-niet bestaat niet in .*clusters\.json/);
  // Only JSON from the editor's own page: a form another site posts is refused like every other write.
  const foreign = await page.request.post(`${base}api/editor/decisions`, {
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    data: 'kind=reject&groupId=x&reason=incident',
  });
  expect(foreign.status()).toBe(415);
  expect(existsSync(decisionsPath())).toBe(false);
  // Without a mining result the page says what to run first.
  const clusters = join(site.dir, 'work', 'clusters.json');
  renameSync(clusters, `${clusters}.weg`);
  try {
    await page.goto(`${base}onderwerpen`);
    await expect(page.locator('main')).toContainText('Nog geen mining-resultaat: draai eerst npm start of veelgesteld pipeline');
    await expectAxeClean(page);
  } finally {
    renameSync(`${clusters}.weg`, clusters);
  }
});

test('Geen artikel: an editor rejects a draft with a reason; decisions.json holds it, the untouched draft leaves the queue', async ({ page }, testInfo) => {
  await page.goto(`${base}onderwerpen`);
  const card = section(page, 'concepten').locator('.vg-topic').last();
  const groupId = String(await card.getAttribute('data-group'));
  const draft = `content/faq/${await card.getAttribute('data-article')}`;
  const text = readFileSync(join(site.dir, draft), 'utf8');
  await card.getByText('Geen artikel', { exact: true }).click();
  const form = card.locator('form[data-kind=reject]');
  // Sent without a reason: the form says so, nothing is written.
  await form.getByRole('button', { name: 'Geen artikel maken' }).click();
  expect(existsSync(decisionsPath())).toBe(false);
  await form.getByLabel('Wordt elders afgehandeld').check();
  await form.getByLabel('Toelichting (niet verplicht)').fill('Staat al in de app');
  await screenshot(page, testInfo, 'onderwerpen-geen-artikel', card);
  await form.getByRole('button', { name: 'Geen artikel maken' }).click();
  await expect(page.locator('#melding')).toContainText(`Groep ${groupId} wordt geen artikel (wordt elders afgehandeld)`);
  await expect(page.locator('#melding')).toBeFocused();

  const decisions = readDecisions();
  expect(decisions).toHaveLength(1);
  expect(decisions[0]).toMatchObject({ kind: 'reject', groupId, reason: 'elsewhere', note: 'Staat al in de app', at: new Date(NOW).toISOString() });
  // No editor touched the draft: it is removed, and the decision keeps its text for Ongedaan maken.
  expect(existsSync(join(site.dir, draft))).toBe(false);
  expect(decisions[0]).toMatchObject({ draft: { article: draft.replace('content/faq/', ''), text } });
  await expect(page.locator('#melding')).toContainText(`concept ${draft.replace('content/faq/', '')} verwijderd`);
  // The group is listed as decided, and the decision can be undone.
  await expect(section(page, 'geen-artikel').locator(`.vg-topic[data-group="${groupId}"]`)).toBeVisible();
  await expect(page.locator('.vg-decisions li')).toHaveCount(1);
  await expect(page.locator('.vg-decisions li').first()).toContainText('Geen artikel');
  taken.rejected = { groupId, draft, decisionId: decisions[0]!.id };
});

test('Hoort bij …: an editor attaches chosen questions of a group that needs a look to a published article', async ({ page }, testInfo) => {
  await page.goto(`${base}onderwerpen`);
  const candidates = section(page, 'bekijken').locator('.vg-topic');
  const about = candidates.filter({ hasText: /pakket|track/i });
  const card = (await about.count()) > 0 ? about.first() : candidates.first();
  const groupId = String(await card.getAttribute('data-group'));
  const articleBefore = readFileSync(join(site.dir, 'content', 'faq', TARGET), 'utf8');
  const questionsBefore = questionsOf(articleBefore);
  await card.getByText('Hoort bij …', { exact: true }).click();
  const form = card.locator('form[data-kind=attach]');
  await form.getByLabel('Zoek het artikel of concept').fill('modem bezorgd');
  await expect(form.locator('.vg-search-status')).toContainText('gevonden voor “modem bezorgd”');
  await form.getByRole('radio', { name: /Wanneer wordt mijn modem bezorgd\?/ }).check();
  const boxes = form.getByRole('group', { name: 'Welke vragen horen erbij?' }).getByRole('checkbox');
  const all = await boxes.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  expect(all.length).toBeGreaterThan(0);
  // Not every question belongs: the last one stays out (when there is more than one).
  if (all.length > 1) await boxes.last().uncheck();
  const chosen = all.length > 1 ? all.slice(0, -1) : all;
  await screenshot(page, testInfo, 'onderwerpen-hoort-bij', card);
  await form.getByRole('button', { name: 'Koppelen' }).click();
  await expect(page.locator('#melding')).toContainText(`Groep ${groupId} hoort bij ${TARGET}`);

  const decisions = readDecisions();
  expect(decisions).toHaveLength(2);
  const decision = decisions.find((candidate) => candidate.kind === 'attach')!;
  expect(decision).toMatchObject({ kind: 'attach', groupId, article: TARGET, questions: chosen });
  // The article holds exactly the questions that were new to it, after its own; nothing else changed.
  const articleAfter = readFileSync(join(site.dir, 'content', 'faq', TARGET), 'utf8');
  const added = decision.kind === 'attach' ? decision.added : [];
  expect(added.length).toBeGreaterThan(0);
  expect(questionsOf(articleAfter)).toEqual([...questionsBefore, ...added]);
  expect(withoutQuestions(articleAfter)).toEqual(withoutQuestions(articleBefore));
  expect(splitFrontmatter(articleAfter)!.body).toBe(splitFrontmatter(articleBefore)!.body);
  taken.attached = { groupId, questions: added, decisionId: decision.id };
});

test('Splitsen: questions of a draft that need another answer become a draft of their own', async ({ page }, testInfo) => {
  await page.goto(`${base}onderwerpen`);
  const drafts = section(page, 'concepten').locator('.vg-topic');
  let card: Locator | undefined;
  for (const candidate of await drafts.all()) {
    if ((await candidate.locator('.vg-examples li').count()) >= 3) {
      card = candidate;
      break;
    }
  }
  expect(card, 'a draft with at least three example questions').toBeDefined();
  const groupId = String(await card!.getAttribute('data-group'));
  const own = `content/faq/${await card!.getAttribute('data-article')}`;
  const ownBefore = readFileSync(join(site.dir, own), 'utf8');
  await card!.getByText('Splitsen', { exact: true }).click();
  const form = card!.locator('form[data-kind=split]');
  const boxes = form.getByRole('group', { name: 'Welke vragen hebben een ander antwoord nodig?' }).getByRole('checkbox');
  const all = await boxes.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  // Nothing ticked: the form says what to do.
  await form.getByRole('button', { name: 'Splitsen in een nieuw concept' }).click();
  await expect(form.locator('.vg-form-status')).toHaveText('Kies de vragen die een ander antwoord nodig hebben.');
  await boxes.nth(1).check();
  await boxes.nth(2).check();
  const picked = [all[1]!, all[2]!];
  const title = 'Kan ik dit apart regelen?';
  await form.getByLabel('Titel van het nieuwe concept (niet verplicht)').fill(title);
  await screenshot(page, testInfo, 'onderwerpen-splitsen', card!);
  await form.getByRole('button', { name: 'Splitsen in een nieuw concept' }).click();
  await expect(page.locator('#melding')).toContainText(`van groep ${groupId} afgesplitst naar nieuw concept`);

  const decisions = readDecisions();
  expect(decisions).toHaveLength(3);
  const decision = decisions.find((candidate) => candidate.kind === 'split')!;
  expect(decision).toMatchObject({ kind: 'split', groupId, questions: picked, title });
  const draft = `content/faq/${decision.kind === 'split' ? decision.article : ''}`;
  const data = frontmatterOf(readFileSync(join(site.dir, draft), 'utf8'));
  expect(data).toMatchObject({ title, status: 'draft', lang: 'nl' });
  expect(data['questions']).toEqual(picked);
  // The draft it came from loses exactly the questions that went (when it held them).
  const ownAfter = readFileSync(join(site.dir, own), 'utf8');
  const before = questionsOf(ownBefore);
  expect(questionsOf(ownAfter)).toEqual(before.filter((question) => !picked.includes(question)));
  expect(withoutQuestions(ownAfter)).toEqual(withoutQuestions(ownBefore));
  await expect(section(page, 'concepten')).toContainText(title);
  taken.split = { groupId, draft, title, questions: picked };
});

test('Maak artikel and Ongedaan maken: a group that needs a look becomes a draft, and undoing removes it again', async ({ page }, testInfo) => {
  await page.goto(`${base}onderwerpen`);
  const card = section(page, 'bekijken')
    .locator(`.vg-topic:not([data-group="${taken.attached?.groupId ?? ''}"])`)
    .first();
  const groupId = String(await card.getAttribute('data-group'));
  await card.getByText('Maak artikel', { exact: true }).click();
  const form = card.locator('form[data-kind=create]');
  await form.getByLabel('Titel van het concept').fill('Hoe bereik ik de klantenservice?');
  await form.getByRole('button', { name: 'Concept maken' }).click();
  await expect(page.locator('#melding')).toContainText(`voor groep ${groupId}`);
  const decision = readDecisions().find((candidate) => candidate.kind === 'create' && candidate.groupId === groupId)!;
  expect(decision).toMatchObject({ kind: 'create', title: 'Hoe bereik ik de klantenservice?' });
  const draft = join(site.dir, 'content', 'faq', decision.kind === 'create' ? decision.article : '');
  expect(frontmatterOf(readFileSync(draft, 'utf8'))).toMatchObject({ title: 'Hoe bereik ik de klantenservice?', status: 'draft' });

  // The decision is listed (newest first; here all four share the test's clock), and undoing it
  // removes the draft and the decision.
  await expect(page.locator('.vg-decisions li')).toHaveCount(4);
  const row = page.locator('.vg-decisions li').filter({ hasText: 'Artikel gemaakt' });
  await expect(row).toContainText('“Hoe bereik ik de klantenservice?”');
  await screenshot(page, testInfo, 'onderwerpen-besluiten', page.locator('section:has(> h2#besluiten)'));
  await row.getByRole('button', { name: /^Ongedaan maken/ }).click();
  await expect(page.locator('#melding')).toContainText(`Beslissing ${decision.id} (artikel gemaakt, groep ${groupId}) ongedaan gemaakt`);
  expect(existsSync(draft)).toBe(false);
  expect(readDecisions().map((candidate) => candidate.id)).not.toContain(decision.id);
  expect(readDecisions()).toHaveLength(3);
  await expectAxeClean(page);
});

test('the pipeline on the same export keeps to the decisions', async ({ page }) => {
  test.setTimeout(180_000);
  const { rejected, attached, split } = taken;
  expect(rejected && attached && split, 'the decisions above were taken').toBeTruthy();
  const rerun = runPipeline();
  expect(rerun.status, rerun.stderr).toBe(0);
  const report = readFileSync(join(site.dir, 'work', 'report.md'), 'utf8');
  // The rejected group is not drafted again: the report names the decision, no draft file comes back.
  expect(report).toContain(`geen artikel (besluit ${rejected!.decisionId}`);
  expect(existsSync(join(site.dir, rejected!.draft))).toBe(false);
  expect(rerun.stderr + rerun.stdout).not.toContain(`new draft: ${rejected!.draft}`);

  await page.goto(`${base}onderwerpen`);
  // The attached questions count for the article: a group that holds them is covered by it.
  const covered = section(page, 'beantwoord').locator(`.vg-topic[data-article="${TARGET}"]`);
  const holding = covered.filter({ hasText: new RegExp(attached!.questions.map(escapeRegExp).join('|')) });
  await expect(holding.first(), `a group with one of ${JSON.stringify(attached!.questions)} is covered by ${TARGET}`).toBeVisible();
  await expect(section(page, 'bekijken').locator(`.vg-topic[data-group="${attached!.groupId}"]`)).toHaveCount(0);
  // The split part is a draft of its own, with the questions that went to it.
  expect(existsSync(join(site.dir, split!.draft))).toBe(true);
  expect(frontmatterOf(readFileSync(join(site.dir, split!.draft), 'utf8'))).toMatchObject({ title: split!.title, status: 'draft' });
  await expect(section(page, 'concepten').locator('.vg-topic').filter({ hasText: split!.title }).first()).toBeVisible();
  // And the rejected group is listed as decided, not as a draft.
  await expect(section(page, 'concepten').locator(`.vg-topic[data-group="${rejected!.groupId}"]`)).toHaveCount(0);
});

// --- helpers ---

function runPipeline() {
  return spawnSync(process.execPath, ['scripts/cli.ts', 'pipeline'], { cwd: site.dir, env: { ...process.env, VEELGESTELD_NOW: NOW }, encoding: 'utf8' });
}

function section(page: Page, id: string): Locator {
  return page.locator(`section:has(> h2#${id})`);
}

function decisionsPath(): string {
  return join(site.dir, 'content', 'decisions.json');
}

function readDecisions(): Decision[] {
  return decisionsFileSchema.parse(JSON.parse(readFileSync(decisionsPath(), 'utf8'))).decisions;
}

function frontmatterOf(text: string): Record<string, unknown> {
  return parseDocument(splitFrontmatter(text)!.yaml).toJS() as Record<string, unknown>;
}

function questionsOf(text: string): string[] {
  const questions = frontmatterOf(text)['questions'];
  return Array.isArray(questions) ? questions.map(String) : [];
}

/** The frontmatter without `questions`, to show that nothing else changed. */
function withoutQuestions(text: string): Record<string, unknown> {
  const { questions: _questions, ...rest } = frontmatterOf(text);
  return rest;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function expectAxeClean(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(result.violations.map((violation) => `${violation.id} (${violation.nodes.length}×): ${violation.help}`)).toEqual([]);
}

/** The page as the editor sees it, or only `element` (a group with its form open, the decisions). */
async function screenshot(page: Page, testInfo: TestInfo, name: string, element?: Locator): Promise<void> {
  if (SCREENSHOTS) mkdirSync(SCREENSHOTS, { recursive: true });
  const path = SCREENSHOTS ? join(SCREENSHOTS, `${name}.png`) : testInfo.outputPath(`${name}.png`);
  await (element ? element.screenshot({ path }) : page.screenshot({ path }));
}
