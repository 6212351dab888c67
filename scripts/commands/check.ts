// `veelgesteld check [paths...]`: checks content files and prints every problem as file:line, then a
// summary line. Exit 1 when there is at least one error; warnings and notes do not fail.
import { defineCommand } from 'citty';
import { buildNow } from '#core/clock.ts';
import type { ContentFile } from '../lib/content/index.ts';
import { checkContent, formatProblem, formatSummary, hasErrors, type Problem } from '../lib/editorial/index.ts';
import { assetExistsIn, loadConfigIn, readAllContent, readContentFiles } from '../lib/io/content.ts';

export type CheckRun = { files: string[]; problems: Problem[] };

/**
 * Checks `paths` (files or folders, relative to root) against all of content/ so links and
 * duplicates resolve. `replace` swaps in unsaved text for a file, e.g. a publish that is not written yet.
 */
export async function runCheck(root: string, paths: readonly string[], replace?: ContentFile): Promise<CheckRun> {
  const config = await loadConfigIn(root);
  const requested = await readContentFiles(root, paths);
  const corpus = new Map((await readAllContent(root)).map((file) => [file.path, file]));
  for (const file of requested) corpus.set(file.path, file);
  if (replace) corpus.set(replace.path, replace);
  const only = new Set(requested.map((file) => file.path));
  const problems = checkContent([...corpus.values()], {
    config,
    now: buildNow(process.env),
    assetExists: assetExistsIn(root),
    only: (path) => only.has(path),
  });
  return { files: [...only], problems };
}

export default defineCommand({
  meta: { name: 'check', description: 'Check content for mistakes before it goes public (exit 1 on errors).' },
  args: {
    paths: { type: 'positional', required: false, description: 'Files or folders to check (default: content/)' },
    root: { type: 'string', default: '.', description: 'Project folder (with veelgesteld.config.json)' },
  },
  async run({ args }) {
    const paths = args._.length > 0 ? args._ : ['content'];
    const { files, problems } = await runCheck(args.root, paths);
    for (const problem of problems) console.log(formatProblem(problem));
    console.log(formatSummary(files.length, problems));
    return hasErrors(problems) ? 1 : 0;
  },
});
