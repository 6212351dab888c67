// The import-rule check fails on a planted violation and names it: a mini project in a temporary
// folder breaks some of the rules of .dependency-cruiser.cjs on purpose and keeps others.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plantProject } from '#tests/helpers/planted-project.ts';
import { describeViolation, findImportViolations } from '#tests/checks/boundaries.ts';

const PROJECT: Record<string, string> = {
  'scripts/lib/core/clock.ts': "import { readFileSync } from 'node:fs';\nexport const clock = readFileSync;\n",
  'scripts/lib/core/routes.ts': "import { scrub } from '../scrub/index.ts';\nexport const routes = scrub;\n",
  'scripts/lib/core/slug.ts': 'export const slugOf = (text: string): string => text;\n',
  'scripts/lib/scrub/index.ts': "import { slugOf } from '../core/slug.ts';\nexport const scrub = slugOf;\n",
  'scripts/lib/mine/collect.ts':
    "import { writeFileSync } from 'node:fs';\nimport { run } from '../../commands/mine.ts';\nexport const collect = [writeFileSync, run];\n",
  'scripts/lib/io/index.ts': "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
  'scripts/commands/mine.ts': "import { read } from '../lib/io/index.ts';\nexport const run = read;\n",
  'scripts/editor/server.ts': "import { readFile } from 'node:fs/promises';\nexport const serve = readFile;\n",
  'scripts/cli.ts': "import { spawnSync } from 'node:child_process';\nexport const cli = spawnSync;\n",
  'scripts/commands/site-search.ts':
    "import { search } from '../../src/lib/search/index.ts';\nimport { page } from '../../src/pages/index.ts';\nexport const both = [search, page];\n",
  'src/lib/search/index.ts': "import { slugOf } from '../../../scripts/lib/core/slug.ts';\nexport const search = slugOf;\n",
  'src/pages/index.ts': "import { scrub } from '../../scripts/lib/scrub/index.ts';\nexport const page = scrub;\n",
};

let root: string;
let remove: () => void;
beforeAll(() => {
  ({ root, remove } = plantProject('veelgesteld-boundaries-', PROJECT));
});
afterAll(() => remove());

describe('the import-rule check', () => {
  it('names every planted violation, with its rule, the importing file and the import, and nothing else', async () => {
    const violations = await findImportViolations({ baseDir: root, paths: ['scripts', 'src'] });
    expect(violations.map(describeViolation).sort()).toEqual([
      'core-imports-nothing-of-the-project: scripts/lib/core/routes.ts → scripts/lib/scrub/index.ts',
      'core-is-browser-safe: scripts/lib/core/clock.ts → fs',
      'node-io-only-in-io: scripts/cli.ts → child_process',
      'node-io-only-in-io: scripts/editor/server.ts → fs/promises',
      'node-io-only-in-io: scripts/lib/core/clock.ts → fs',
      'node-io-only-in-io: scripts/lib/mine/collect.ts → fs',
      'pipeline-never-imports-commands-or-site: scripts/lib/mine/collect.ts → scripts/commands/mine.ts',
      'site-imports-only-core: src/pages/index.ts → scripts/lib/scrub/index.ts',
      'site-search-imports-only-the-search: scripts/commands/site-search.ts → src/pages/index.ts',
    ]);
  });
});
