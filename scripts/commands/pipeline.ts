// `veelgesteld pipeline`: ingest → mine → draft on an export (by default the bundled example), each
// step as its own CLI command so the run is exactly what a user would type by hand.
import { join } from 'node:path';
import { defineCommand } from 'citty';
import { pathExists, requireInputFile, runNodeSync } from '../lib/io/index.ts';
import { nonNegativeInteger } from '../lib/option-values.ts';

export const EXAMPLE_EXPORTS = ['scripts/examples/webcare-export.csv', 'scripts/examples/whatsapp-chat.txt', 'scripts/examples/access.log'];

export default defineCommand({
  meta: { name: 'pipeline', description: 'Run ingest, mine and draft in one go (default: the bundled example export).' },
  args: {
    work: { type: 'string', description: 'Folder for intermediate files', default: 'work' },
    content: { type: 'string', description: 'Where drafts are written', default: 'content/faq' },
    'max-new-drafts': { type: 'string', description: 'Passed to draft: at most this many new drafts; 0: no cap (default: editorial.maxNewDrafts)' },
  },
  run({ args }) {
    const inputs = args._.length > 0 ? args._ : EXAMPLE_EXPORTS;
    const maxNewDrafts = nonNegativeInteger(args['max-new-drafts'], '--max-new-drafts');
    for (const input of inputs) requireInputFile(input);
    const steps = pipelineSteps(inputs, { work: args.work, content: args.content, maxNewDrafts, previous: pathExists(join(args.work, 'clusters.json')) });
    for (const step of steps) {
      console.error(`\n▶ veelgesteld ${step.join(' ')}`);
      const status = runNodeSync(['scripts/cli.ts', ...step]);
      if (status !== 0) {
        console.error(`veelgesteld pipeline: step "${step[0]}" failed; earlier output is left as it was.`);
        return status;
      }
    }
    console.error(`\nDone. Team report: ${join(args.work, 'report.md')} and ${join(args.work, 'report.html')} (open it in a browser, or print it)`);
    return 0;
  },
});

/** The CLI arguments of each step; `previous`: an earlier clusters.json exists (mine keeps its ids). */
export function pipelineSteps(
  inputs: readonly string[],
  options: { work: string; content: string; previous: boolean; maxNewDrafts?: number | undefined },
): string[][] {
  const messages = join(options.work, 'messages.ndjson');
  const clusters = join(options.work, 'clusters.json');
  const capacity = options.maxNewDrafts === undefined ? [] : ['--max-new-drafts', String(options.maxNewDrafts)];
  return [
    ['ingest', ...inputs, '--out', messages],
    [
      'mine',
      messages,
      '--out',
      clusters,
      '--members',
      join(options.work, 'members.ndjson'),
      '--content',
      options.content,
      ...(options.previous ? ['--previous', clusters] : []),
    ],
    ['draft', clusters, '--content', options.content, '--report', join(options.work, 'report.md'), '--messages', messages, ...capacity],
  ];
}
