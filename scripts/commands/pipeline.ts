// `veelgesteld pipeline`: ingest → mine → draft on an export (by default the bundled example), each
// step as its own CLI command so the run is exactly what a user would type by hand.
import { join } from 'node:path';
import { defineCommand } from 'citty';
import { pathExists, requireInputFile, runNodeSync } from '../lib/io/index.ts';

export const EXAMPLE_EXPORTS = ['scripts/examples/webcare-export.csv', 'scripts/examples/whatsapp-chat.txt', 'scripts/examples/access.log'];

export default defineCommand({
  meta: { name: 'pipeline', description: 'Run ingest, mine and draft in one go (default: the bundled example export).' },
  args: {
    work: { type: 'string', description: 'Folder for intermediate files', default: 'work' },
    content: { type: 'string', description: 'Where drafts are written', default: 'content/faq' },
  },
  run({ args }) {
    const inputs = args._.length > 0 ? args._ : EXAMPLE_EXPORTS;
    for (const input of inputs) requireInputFile(input);
    const messages = join(args.work, 'messages.ndjson');
    const clusters = join(args.work, 'clusters.json');
    const previous = pathExists(clusters) ? ['--previous', clusters] : [];
    const steps: string[][] = [
      ['ingest', ...inputs, '--out', messages],
      ['mine', messages, '--out', clusters, '--members', join(args.work, 'members.ndjson'), ...previous],
      ['draft', clusters, '--content', args.content, '--report', join(args.work, 'report.md'), '--messages', messages],
    ];
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
