// The unused-code check fails on planted dead code and names it: a mini project in a temporary
// folder with a file nothing imports, an export nothing uses and a dependency nothing needs, run
// through the same knip that `npm test` runs on this project.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plantProject } from '#tests/helpers/planted-project.ts';

const PROJECT: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'planted', type: 'module', version: '0.0.0', dependencies: { 'left-pad': '1.3.0' } }),
  'knip.json': JSON.stringify({ entry: ['src/index.ts'], project: ['src/**/*.ts'] }),
  'src/index.ts': "import { used } from './used.ts';\nconsole.log(used);\n",
  'src/used.ts': 'export const used = 1;\nexport const forgotten = 2;\n',
  'src/orphan.ts': 'export const orphan = 3;\n',
};

type KnipIssue = { file: string; files: { name: string }[]; exports: { name: string }[]; dependencies: { name: string }[] };

let root: string;
let remove: () => void;
beforeAll(() => {
  ({ root, remove } = plantProject('veelgesteld-unused-', PROJECT));
});
afterAll(() => remove());

describe('the unused-code check', () => {
  it('fails and names the unused file, export and dependency', () => {
    const knip = join(process.cwd(), 'node_modules', '.bin', 'knip');
    const result = spawnSync(knip, ['--directory', root, '--no-config-hints', '--reporter', 'json'], { encoding: 'utf8' });
    expect(result.status).not.toBe(0);
    const issues = (JSON.parse(result.stdout) as { issues: KnipIssue[] }).issues;
    const found = issues.flatMap((issue) => [
      ...issue.files.map((f) => `file ${f.name}`),
      ...issue.exports.map((e) => `export ${issue.file}:${e.name}`),
      ...issue.dependencies.map((d) => `dependency ${d.name}`),
    ]);
    expect(found.sort()).toEqual(['dependency left-pad', 'export src/used.ts:forgotten', 'file src/orphan.ts']);
  });
});
