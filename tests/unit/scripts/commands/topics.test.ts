// `veelgesteld topics` on a real project: the pipeline runs on the bundled example export in a
// temporary copy of the project, then every decision is taken through applyDecision (the editor's
// way) or the CLI, checked on disk, and undone back to the very same files.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decisionsFileSchema, type DecisionsFile } from '#core/decisions.ts';
import { parseArticle } from '#lib/draft/index.ts';
import { reviewGroups, type DecisionRequest, type ReviewGroup } from '#lib/decisions/index.ts';
import { InputError } from '#lib/errors.ts';
import { runCheck } from '#scripts/commands/check.ts';
import { applyDecision, loadWorkspace, type TopicsPaths } from '#scripts/commands/topics.ts';

const CLI = resolve('scripts/cli.ts');
const NOW = new Date('2026-11-25T10:00:00.000Z');

let root: string;
let paths: TopicsPaths;
/** Every article under content/faq after the pipeline ran, path → text. */
let articles: Record<string, string>;
let groups: ReviewGroup[];

function cli(args: string[]) {
  const result = spawnSync(
    process.execPath,
    [CLI, 'topics', ...args, '--clusters', paths.clustersFile, '--content', paths.contentDir, '--config', paths.configFile!],
    {
      encoding: 'utf8',
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function faqFiles(): Record<string, string> {
  const files = readdirSync(paths.contentDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return Object.fromEntries(
    files
      .map((entry) => join(entry.parentPath, entry.name))
      .map((file) => [relative(paths.contentDir, file).split('\\').join('/'), readFileSync(file, 'utf8')] as const)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

const decisionsOnDisk = (): DecisionsFile => {
  const file = join(root, 'content', 'decisions.json');
  return existsSync(file) ? decisionsFileSchema.parse(JSON.parse(readFileSync(file, 'utf8'))) : { version: 1, decisions: [] };
};
const article = (path: string) => readFileSync(join(paths.contentDir, path), 'utf8');
const dataOf = (path: string) => parseArticle(article(path), path).data;
const registry = () => JSON.parse(readFileSync(join(root, 'content', '.shortids.json'), 'utf8')) as { shortIds: Record<string, { clusterIds: string[] }> };

function findGroup(description: string, accept: (group: ReviewGroup) => boolean): ReviewGroup {
  const group = groups.find(accept);
  if (!group) throw new Error(`the example export has no ${description} (groups: ${groups.map((g) => `${g.id} ${g.lang} ${g.state}`).join(', ')})`);
  return group;
}

async function undo(decisionId: string): Promise<void> {
  await applyDecision(paths, { kind: 'undo', decisionId }, NOW);
  expect(faqFiles()).toEqual(articles);
  expect(decisionsOnDisk().decisions).toEqual([]);
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'veelgesteld-topics-'));
  cpSync('content', join(root, 'content'), { recursive: true });
  cpSync('public', join(root, 'public'), { recursive: true });
  cpSync('veelgesteld.config.json', join(root, 'veelgesteld.config.json'));
  paths = { contentDir: join(root, 'content', 'faq'), clustersFile: join(root, 'work', 'clusters.json'), configFile: join(root, 'veelgesteld.config.json') };
  const result = spawnSync(process.execPath, [CLI, 'pipeline', '--work', join(root, 'work'), '--content', paths.contentDir], { encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  articles = faqFiles();
  const workspace = await loadWorkspace(paths, NOW);
  groups = reviewGroups(workspace.plan, workspace.decisions);
}, 180_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('loadWorkspace', () => {
  it('plans as `veelgesteld draft` would, without writing anything', async () => {
    expect(groups.some((group) => group.lang === 'nl' && group.state === 'draft')).toBe(true);
    expect(groups.some((group) => group.lang === 'en')).toBe(true);
    expect(groups.map((group) => group.authors)).toEqual([...groups.map((group) => group.authors)].sort((a, b) => b - a));
    await loadWorkspace(paths, NOW);
    expect(faqFiles()).toEqual(articles);
    expect(existsSync(join(root, 'content', 'decisions.json'))).toBe(false);
  });
});

describe('applyDecision on the example project', () => {
  it('Geen artikel: a Dutch draft leaves the queue and the group stays rejected; undo brings the draft back', async () => {
    const group = findGroup('Dutch draft', (candidate) => candidate.lang === 'nl' && candidate.state === 'draft' && candidate.article?.status === 'draft');
    const draft = group.article!.path;
    const result = await applyDecision(paths, { kind: 'reject', groupId: group.id, reason: 'elsewhere', note: 'Gaat via de helpdesk' }, NOW);
    expect(existsSync(join(paths.contentDir, draft))).toBe(false);
    const [decision] = decisionsOnDisk().decisions;
    expect(decision).toMatchObject({
      id: result.decision.id,
      kind: 'reject',
      groupId: group.id,
      reason: 'elsewhere',
      note: 'Gaat via de helpdesk',
      at: NOW.toISOString(),
    });
    expect(decision?.questions).toEqual(group.examples);
    const again = await loadWorkspace(paths, NOW);
    expect(reviewGroups(again.plan, again.decisions).find((candidate) => candidate.id === group.id)?.state).toBe('rejected');
    expect(again.plan.writes.some((write) => write.path === draft)).toBe(false);
    await undo(result.decision.id);
  });

  it('Hoort bij: chosen questions of an English group go into an English article’s questions; undo takes exactly those out', async () => {
    const group = findGroup(
      'English group without an article',
      (candidate) => candidate.lang === 'en' && candidate.article === undefined && candidate.examples.length >= 2,
    );
    const target = 'en/cancel-contract.mdx';
    const before = article(target);
    const questions = group.examples.slice(0, 2);
    const result = await applyDecision(paths, { kind: 'attach', groupId: group.id, target: String(dataOf(target)['shortId']), questions }, NOW);
    expect(result.decision).toMatchObject({ kind: 'attach', article: target, added: questions, lang: 'en' });
    expect((dataOf(target)['questions'] as string[]).slice(-2)).toEqual(questions);
    expect(article(target).replace(questions.map((question) => `  - ${JSON.stringify(question)}\n`).join(''), '')).toBe(before);
    expect(decisionsOnDisk().decisions).toHaveLength(1);
    await undo(result.decision.id);
    expect(article(target)).toBe(before);
  });

  it('Splitsen: picked questions of a Dutch draft become a new draft that passes the check; undo restores both files', async () => {
    const group = findGroup(
      'Dutch draft with questions to split off',
      (candidate) =>
        candidate.state === 'draft' &&
        candidate.lang === 'nl' &&
        candidate.article?.status === 'draft' &&
        candidate.examples.slice(1).some((question) => (dataOf(candidate.article!.path)['questions'] as string[]).includes(question)),
    );
    const source = group.article!.path;
    const picked = group.examples.slice(1).find((question) => (dataOf(source)['questions'] as string[]).includes(question))!;
    const title = 'Een vraag die een ander antwoord nodig heeft?';
    const result = await applyDecision(paths, { kind: 'split', groupId: group.id, questions: [picked], title }, NOW);
    const path = 'nl/een-vraag-die-een-ander-antwoord-nodig-heeft.mdx';
    expect(result.decision).toMatchObject({ kind: 'split', article: path, title, questions: [picked] });
    expect(dataOf(path)).toMatchObject({ title, status: 'draft', lang: 'nl', questions: [picked] });
    expect(dataOf(source)['questions']).not.toContain(picked);
    expect(registry().shortIds[String(dataOf(path)['shortId'])]).toBeDefined();
    const check = await runCheck(root, [`content/faq/${path}`, `content/faq/${source}`]);
    expect(check.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    await undo(result.decision.id);
  });

  it('Maak artikel: an English group that needs a look becomes a draft with the editor’s title, and the group’s own from then on', async () => {
    const group = findGroup(
      'English group without an article',
      (candidate) => candidate.lang === 'en' && candidate.article === undefined && candidate.state !== 'rejected',
    );
    const title = 'Why do I pay feed-in costs?';
    const result = await applyDecision(paths, { kind: 'create', groupId: group.id, title, questions: [group.examples[0]!] }, NOW);
    const path = 'en/why-do-i-pay-feed-in-costs.mdx';
    expect(result.decision).toMatchObject({ kind: 'create', article: path, title, lang: 'en' });
    expect(dataOf(path)).toMatchObject({ title, lang: 'en', status: 'draft', questions: [group.examples[0]], source: { clusterId: group.id } });
    const shortId = String(dataOf(path)['shortId']);
    expect(registry().shortIds[shortId]?.clusterIds).toEqual([group.id]);
    const again = await loadWorkspace(paths, NOW);
    expect(reviewGroups(again.plan, again.decisions).find((candidate) => candidate.id === group.id)).toMatchObject({ state: 'draft', article: { path } });
    const check = await runCheck(root, ['content']);
    expect(check.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    await undo(result.decision.id);
    expect(registry().shortIds[shortId]?.clusterIds).toEqual([]);
  });

  it('refuses, writing nothing, what the content check would refuse and what names no article', async () => {
    const group = findGroup(
      'Dutch group without an article',
      (candidate) => candidate.lang === 'nl' && candidate.article === undefined && candidate.state !== 'rejected',
    );
    const broken = join(paths.contentDir, 'nl', 'kapot.mdx');
    writeFileSync(
      broken,
      article('nl/contract-opzeggen.mdx')
        .replace(/^shortId: .*$/mu, 'shortId: kp7t')
        .replace('## ', 'TODO: nog afmaken\n\n## '),
    );
    try {
      const request: DecisionRequest = { kind: 'attach', groupId: group.id, target: 'nl/kapot.mdx', questions: [group.examples[0]!] };
      const before = readFileSync(broken, 'utf8');
      await expect(applyDecision(paths, request, NOW)).rejects.toThrow(/niet opgeslagen: de controle van veelgesteld check vindt fouten .*kapot\.mdx.*TODO/u);
      expect(readFileSync(broken, 'utf8')).toBe(before);
      expect(decisionsOnDisk().decisions).toEqual([]);
    } finally {
      rmSync(broken);
    }
    await expect(applyDecision(paths, { kind: 'attach', groupId: group.id, target: 'bestaat-niet' }, NOW)).rejects.toThrow(
      "Artikel 'bestaat-niet' niet gevonden; zoek op titel, slug of korte link",
    );
    const noConfig = { ...paths, configFile: join(root, 'geen.config.json') };
    const error = await applyDecision(noConfig, { kind: 'attach', groupId: group.id, target: 'contract-opzeggen' }, NOW).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).file).toBe(noConfig.configFile);
    expect(faqFiles()).toEqual(articles);
    expect(decisionsOnDisk().decisions).toEqual([]);
  });
});

describe('veelgesteld topics (CLI)', () => {
  it('lists the groups, attaches by question number and undoes, Dutch', () => {
    const listed = cli(['list', '--json']);
    expect(listed.status, listed.stderr).toBe(0);
    expect((JSON.parse(listed.stdout) as ReviewGroup[]).map((group) => group.id)).toEqual(groups.map((group) => group.id));
    const group = findGroup(
      'Dutch group that needs a look',
      (candidate) => candidate.lang === 'nl' && candidate.state === 'needs-look' && candidate.examples.length >= 2,
    );
    const text = cli(['list']);
    expect(text.stdout).toMatch(new RegExp(`bekijken\\s+${group.id}\\s+${group.authors} klanten  `, 'u'));
    const attached = cli(['attach', group.id, '--to', 'contract-opzeggen', '--questions', '1,2']);
    expect(attached.status, attached.stderr).toBe(0);
    expect(attached.stdout).toMatch(new RegExp(`^topics: Groep ${group.id} hoort bij nl/contract-opzeggen\\.mdx .*: 2 vragen toegevoegd, beslissing d-`, 'u'));
    expect((dataOf('nl/contract-opzeggen.mdx')['questions'] as string[]).slice(-2)).toEqual(group.examples.slice(0, 2));
    const [decision] = decisionsOnDisk().decisions;
    const undone = cli(['undo', decision!.id]);
    expect(undone.status, undone.stderr).toBe(0);
    expect(undone.stdout).toContain(`topics: Beslissing ${decision!.id} (hoort bij, groep ${group.id}) ongedaan gemaakt`);
    expect(faqFiles()).toEqual(articles);
  }, 60_000);

  it('prints a refused decision as "veelgesteld topics: <file>: <message>", exit 1, no stack', () => {
    const unknown = cli(['reject', 'c-abc', '--reason', 'incident']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr.trim()).toBe(
      `veelgesteld topics: ${join(root, 'content', 'decisions.json')}: Groep c-abc bestaat niet in ${paths.clustersFile}; zie veelgesteld topics list`,
    );
    const reason = cli(['reject', groups[0]!.id, '--reason', 'saai']);
    expect(reason.status).toBe(1);
    expect(reason.stderr).toMatch(/^veelgesteld topics: --reason must be one of: incident \(storing of incident\)/u);
    for (const output of [unknown.stderr, reason.stderr]) expect(output).not.toContain('    at ');
    expect(decisionsOnDisk().decisions).toEqual([]);
  }, 60_000);
});
