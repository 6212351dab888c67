// `veelgesteld publish <file|shortId> [--to review|published] [--at <date-time>]`: moves an item one
// step (draft → review → published), only when the content check passes for the result.
import { defineCommand } from 'citty';
import { buildNow } from '#core/clock.ts';
import { SHORT_ID_PATTERN, type Status, STATUSES } from '#core/content.ts';
import { parseContentFile, type ContentFile } from '../lib/content/index.ts';
import { applyPublish, formatProblem, hasErrors, parseEditorialDateTime, planPublish, type Problem, type PublishPlan } from '../lib/editorial/index.ts';
import { InputError } from '../lib/errors.ts';
import { readAllContent, readContentFiles, toProjectPath } from '../lib/io/content.ts';
import { pathExists, writeFileAtomic } from '../lib/io/index.ts';
import { join } from 'node:path';
import { runCheck } from './check.ts';

export default defineCommand({
  meta: { name: 'publish', description: 'Move a content item to review or published, if the check passes.' },
  args: {
    target: { type: 'positional', required: true, description: 'The content file, or the shortId of a FAQ article or broadcast' },
    to: { type: 'string', description: 'review or published (default: the next step)' },
    at: { type: 'string', description: 'When it goes public, e.g. "2026-12-01 18:30" (Amsterdam time) or ISO with offset' },
    root: { type: 'string', default: '.', description: 'Project folder (with veelgesteld.config.json)' },
  },
  async run({ args }) {
    const root = args.root;
    const path = await resolveTarget(root, args.target);
    const [file] = await readContentFiles(root, [path]);
    if (!file) throw new InputError(`${path} is not a content file`);
    const result = await gatePublish(root, file, {
      to: parseStatus(args.to),
      at: args.at ? parseEditorialDateTime(args.at, '--at') : undefined,
      now: buildNow(process.env),
    });
    if (!result.ok) return refuse(result.lines, result.to);
    for (const line of result.lines) console.log(line);
    await writeFileAtomic(join(root, file.path), result.text);
    console.log(`publish: ${file.path}: ${result.plan.summary}`);
    return 0;
  },
});

export type PublishGateResult =
  { ok: true; text: string; plan: PublishPlan; lines: string[] } | { ok: false; lines: string[]; problems: Problem[]; to?: Status | undefined };

/**
 * The publish gate, shared by this command and the browser editor: plans the status change for
 * `file` (its text may be unsaved edits), applies it and checks the result against all of content/.
 * Refused while the check finds errors; writes nothing.
 */
export async function gatePublish(
  root: string,
  file: ContentFile,
  options: { to?: Status | undefined; at?: Date | undefined; now: Date },
): Promise<PublishGateResult> {
  const parsed = parseContentFile(file);
  const status = STATUSES.find((candidate) => candidate === parsed.frontmatter?.['status']);
  if (!parsed.frontmatter || !status) {
    const { problems } = await runCheck(root, [file.path], file);
    return { ok: false, lines: problems.map(formatProblem), problems };
  }
  const plan = planPublish({
    status,
    publishAt: readDate(parsed.frontmatter['publishAt']),
    to: options.to,
    at: options.at,
    now: options.now,
  });
  const text = applyPublish(file.text, plan);
  const { problems } = await runCheck(root, [file.path], { path: file.path, text });
  const lines = problems.filter((problem) => problem.severity !== 'note').map(formatProblem);
  if (hasErrors(problems)) return { ok: false, lines, problems, to: plan.to };
  return { ok: true, text, plan, lines };
}

async function resolveTarget(root: string, target: string): Promise<string> {
  if (pathExists(join(root, target)) || !SHORT_ID_PATTERN.test(target)) return toProjectPath(root, join(root, target));
  const owner = (await readAllContent(root)).find((file) => parseContentFile(file).frontmatter?.['shortId'] === target);
  if (!owner) throw new InputError(`no file "${target}" and no FAQ article or broadcast with shortId "${target}"`);
  return owner.path;
}

function parseStatus(value: string | undefined): Status | undefined {
  if (value === undefined) return undefined;
  const status = STATUSES.find((candidate) => candidate === value);
  if (!status || status === 'draft') throw new InputError(`--to must be review or published, not "${value}"`);
  return status;
}

function readDate(value: unknown): Date | undefined {
  if (value === undefined || value === null) return undefined;
  const date = value instanceof Date ? value : new Date(String(value));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function refuse(lines: readonly string[], to?: Status): number {
  for (const line of lines) console.log(line);
  console.log(`publish: refused${to ? ` (not moved to ${to})` : ''}: fix the errors above, then run publish again`);
  return 1;
}
