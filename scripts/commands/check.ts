// `veelgesteld check [paths...]`: checks content files and prints every problem as file:line, then a
// summary line. Exit 1 when there is at least one error; warnings and notes do not fail.
import { join } from 'node:path';
import { defineCommand } from 'citty';
import { DECISIONS_FILE } from '#core/decisions.ts';
import { parseDecisions } from '../lib/decisions/index.ts';
import { InputError } from '../lib/errors.ts';
import { readTextIfExists } from '../lib/io/index.ts';
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
  const decisions = paths.some((path) => isWholeContent(path)) ? await checkDecisionsFile(root) : [];
  return { files: [...only], problems: [...problems, ...decisions] };
}

const isWholeContent = (path: string): boolean => ['content', 'content/', './content', `content/${DECISIONS_FILE}`].includes(path.replace(/\\/gu, '/'));

/** content/decisions.json, which every run of mine and draft applies: refused when it does not match its schema. */
async function checkDecisionsFile(root: string): Promise<Problem[]> {
  const file = `content/${DECISIONS_FILE}`;
  try {
    parseDecisions(await readTextIfExists(join(root, file)), file);
    return [];
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return [{ file, line: 1, severity: 'error', code: 'decisions-file', message: error.message.replace(`${file}: `, '') }];
  }
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
