// End to end over the bundled example export: ingest → mine → draft, as `npm start` runs it.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import matter from 'gray-matter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFrontmatter } from '#core/frontmatter.ts';
import { type MiningResult, miningResultSchema } from '#core/cluster.ts';
import { messageSchema } from '#core/message.ts';

const PERSONAL_DATA = [
  /[\w.+-]+@(?!veldlicht\.example)[\w-]+\.[a-z]{2,}/iu, // e-mail addresses other than the company's
  /(?:\+31|0031|\b0)\s?6[\s-]?(?:\d\s?){8}\b/u, // Dutch mobile numbers
  /\bNL\d{2}\s?[A-Z]{4}(?:\s?\d){10}\b/iu, // Dutch IBANs
  /\b\d{4}\s?[A-Z]{2}\b(?=[,. ]|$)/u, // postcodes
];

let work: string;
let mining: MiningResult;

function run(args: string[]) {
  return spawnSync(process.execPath, ['scripts/cli.ts', ...args], { encoding: 'utf8' });
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'veelgesteld-pipeline-'));
  cpSync('content', join(work, 'content'), { recursive: true });
  const result = run(['pipeline', '--work', work, '--content', join(work, 'content', 'faq')]);
  expect(result.status, result.stderr).toBe(0);
  mining = miningResultSchema.parse(JSON.parse(readFileSync(join(work, 'clusters.json'), 'utf8')));
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('pipeline on the bundled example export', () => {
  it('ingests every message into the shared model without personal data', () => {
    const lines = readFileSync(join(work, 'messages.ndjson'), 'utf8').trim().split('\n');
    expect(lines.length).toBeGreaterThan(3000);
    for (const line of lines) {
      const message = messageSchema.parse(JSON.parse(line));
      for (const pattern of PERSONAL_DATA) expect(message.text).not.toMatch(pattern);
    }
    const directions = new Set(lines.map((line) => (JSON.parse(line) as { direction: string }).direction));
    expect(directions).toEqual(new Set(['in', 'out']));
  });

  it('finds recurring questions, sets noise aside and pairs CM answers', () => {
    expect(mining.clusters.length).toBeGreaterThanOrEqual(10);
    expect(mining.stats.noise).toBeGreaterThan(0);
    const termijn = mining.clusters.find((cluster) => /termijnbedrag/iu.test(cluster.label));
    expect(termijn, 'a cluster about termijnbedrag').toBeDefined();
    expect(termijn?.bestAnswer?.text).toMatch(/termijnbedrag/iu);
    expect(mining.clusters.some((cluster) => cluster.trendDirection === 'rising')).toBe(true);
  });

  it('drafts valid articles for uncovered questions and reports covered ones by short link', () => {
    const drafts = readdirSync(join(work, 'content', 'faq', 'nl'))
      .map((file) => join(work, 'content', 'faq', 'nl', file))
      .map((path) => ({ path, file: matter(readFileSync(path, 'utf8')) }))
      .filter(({ file }) => file.data['status'] === 'draft');
    expect(drafts.length).toBeGreaterThan(0);
    for (const { path, file } of drafts) {
      const parsed = parseFrontmatter('faq', file.data, path);
      expect(parsed.ok, parsed.ok ? '' : parsed.message).toBe(true);
      expect(file.content).toContain('TODO');
    }
    const report = readFileSync(join(work, 'report.md'), 'utf8');
    expect(report).toMatch(/\/k\/[2-9a-z]{4,8}/u);
    for (const pattern of PERSONAL_DATA) expect(report).not.toMatch(pattern);
  });

  it('leaves content that passes `veelgesteld check`, so the build that `npm start` runs next can follow', () => {
    cpSync('veelgesteld.config.json', join(work, 'veelgesteld.config.json'));
    cpSync('public', join(work, 'public'), { recursive: true });
    const result = run(['check', '--root', work]);
    expect(
      result.status,
      `${result.stdout}${result.stderr}`
        .split('\n')
        .filter((line) => line.includes('error'))
        .join('\n'),
    ).toBe(0);
  }, 60_000);

  it('settles when run again on the same export: the second run only refreshes statistics, the third changes no byte', () => {
    const snapshot = (dir: string) => Object.fromEntries(readdirSync(dir).map((file) => [file, readFileSync(join(dir, file), 'utf8')]));
    const withoutStatistics = (files: Record<string, string>) =>
      Object.fromEntries(
        Object.entries(files).map(([file, text]) => {
          const { data, content } = matter(text);
          return [file, { data: { ...data, source: undefined, updatedAt: undefined }, content }];
        }),
      );
    const again = () => expect(run(['pipeline', '--work', work, '--content', join(work, 'content', 'faq')]).status).toBe(0);
    const first = snapshot(join(work, 'content', 'faq', 'nl'));
    // The drafts' own questions now claim their near-copies that the first run left as one-offs.
    again();
    const second = snapshot(join(work, 'content', 'faq', 'nl'));
    expect(Object.keys(second).sort()).toEqual(Object.keys(first).sort());
    expect(withoutStatistics(second)).toEqual(withoutStatistics(first));
    again();
    expect(snapshot(join(work, 'content', 'faq', 'nl'))).toEqual(second);
  }, 180_000);
});
