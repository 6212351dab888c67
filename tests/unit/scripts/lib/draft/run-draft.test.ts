// The draft command end to end on a temporary content tree: what lands on disk, byte for byte.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runDraft } from '#scripts/commands/draft.ts';
import { makeCluster, makeMining } from '#tests/fixtures/draft/clusters.ts';

let root: string;
const paths = () => ({
  clusters: join(root, 'clusters.json'),
  faq: join(root, 'content', 'faq'),
  registry: join(root, 'content', '.shortids.json'),
  report: join(root, 'work', 'report.md'),
});
const draft = () =>
  runDraft({
    clustersFile: paths().clusters,
    contentDir: paths().faq,
    reportFile: paths().report,
    minQuestions: 5,
    minAuthors: 3,
    configFile: join(root, 'no-config.json'),
  });

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'veelgesteld-draft-'));
  writeFileSync(paths().clusters, JSON.stringify(makeMining([makeCluster({ id: 'c-pakket' })])));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('runDraft', () => {
  it('writes the draft, the short id registry and the report; a re-run changes no byte of content', async () => {
    await draft();
    expect(readFileSync(paths().report, 'utf8')).toContain('nieuw concept `faq/nl/waar-blijft-mijn-pakket.mdx`');
    const article = join(paths().faq, 'nl', 'waar-blijft-mijn-pakket.mdx');
    const before = [article, paths().registry].map((file) => readFileSync(file));
    const result = await draft();
    expect(result.written).toEqual([]);
    expect([article, paths().registry].map((file) => readFileSync(file))).toEqual(before);
    expect(JSON.parse(before[1]?.toString() ?? '')).toEqual({
      version: 1,
      shortIds: { f8fsba: { clusterIds: ['c-pakket'], file: 'faq/nl/waar-blijft-mijn-pakket.mdx' } },
    });
  });

  it('leaves a file an editor changed exactly as it is', async () => {
    await draft();
    const article = join(paths().faq, 'nl', 'waar-blijft-mijn-pakket.mdx');
    const edited = readFileSync(article, 'utf8').replace('TODO: Leg uit waarom het zo werkt en wat er achter de schermen gebeurt.', 'Door drukte.');
    writeFileSync(article, edited);
    const mtime = statSync(article).mtimeMs;
    writeFileSync(paths().clusters, JSON.stringify(makeMining([makeCluster({ id: 'c-pakket', size: 80 })])));
    const result = await draft();
    expect(result.plan.outcomes[0]?.kind).toBe('edited');
    expect(readFileSync(article, 'utf8')).toBe(edited);
    expect(statSync(article).mtimeMs).toBe(mtime);
    expect(readFileSync(paths().report, 'utf8')).toContain('titel of tekst aangepast');
  });

  it('finds a moved file again and keeps its short id after deletion out of reuse', async () => {
    await draft();
    mkdirSync(join(paths().faq, 'nl', 'bezorging'));
    renameSync(join(paths().faq, 'nl', 'waar-blijft-mijn-pakket.mdx'), join(paths().faq, 'nl', 'bezorging', 'laat.mdx'));
    expect((await draft()).plan.outcomes[0]).toMatchObject({ kind: 'unchanged', article: { path: 'nl/bezorging/laat.mdx' } });
    rmSync(join(paths().faq, 'nl', 'bezorging', 'laat.mdx'));
    const afterDelete = await draft();
    expect(afterDelete.plan.outcomes[0]).toMatchObject({ kind: 'deleted', shortId: 'f8fsba' });
    expect(existsSync(join(paths().faq, 'nl', 'waar-blijft-mijn-pakket.mdx'))).toBe(false);
    expect(readFileSync(paths().registry, 'utf8')).toContain('"f8fsba"');
  });

  it('reserves short ids used by broadcasts', async () => {
    mkdirSync(join(root, 'content', 'broadcasts'), { recursive: true });
    writeFileSync(join(root, 'content', 'broadcasts', 'radar.mdx'), '---\ntitle: Radar\nshortId: f8fsba\n---\n\nTekst\n');
    await draft();
    const text = readFileSync(join(paths().faq, 'nl', 'waar-blijft-mijn-pakket.mdx'), 'utf8');
    expect(text).not.toContain('shortId: "f8fsba"');
    expect(JSON.parse(readFileSync(paths().registry, 'utf8')).shortIds.f8fsba).toEqual({ clusterIds: [], file: 'broadcasts/radar.mdx' });
  });

  it('names the clusters file when it is missing or broken', async () => {
    rmSync(paths().clusters);
    await expect(draft()).rejects.toThrow(`${paths().clusters}: no such file`);
    writeFileSync(paths().clusters, '{"version": 2}');
    await expect(draft()).rejects.toThrow(new RegExp(`^${paths().clusters}: not a clusters file`));
  });
});
