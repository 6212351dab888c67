// `veelgesteld due --within 6h [--now <date-time>]`: what becomes public soon, and exit 1 when an
// embargo passed since the last build, so `veelgesteld due --within 15m || npm run build` in a
// scheduled job publishes on time.
import { defineCommand } from 'citty';
import { buildNow } from '#core/clock.ts';
import { collectionSchemas, type Status } from '#core/content.ts';
import { parseContentFile } from '../lib/content/index.ts';
import { computeDue, formatDueReport, parseDuration, parseEditorialDateTime, type DueItem } from '../lib/editorial/index.ts';
import { readAllContent, readBuildTime } from '../lib/io/content.ts';

export default defineCommand({
  meta: { name: 'due', description: 'List what becomes public soon; exit 1 when a rebuild is due.' },
  args: {
    within: { type: 'string', default: '6h', description: 'How far ahead to look, e.g. 15m, 6h, 2d' },
    now: { type: 'string', description: 'Pretend it is this moment (default: VEELGESTELD_NOW or now)' },
    since: { type: 'string', description: 'When the site was last built (default: dist/.build-time, else one window back)' },
    root: { type: 'string', default: '.', description: 'Project folder' },
  },
  async run({ args }) {
    const now = args.now ? parseEditorialDateTime(args.now, '--now') : buildNow(process.env);
    const lastBuild = args.since ? parseEditorialDateTime(args.since, '--since') : await readBuildTime(args.root);
    const items = await scheduledItems(args.root);
    const report = computeDue(items, { now, withinMs: parseDuration(args.within), lastBuild });
    console.log(formatDueReport(report));
    return report.rebuildDue ? 1 : 0;
  },
});

async function scheduledItems(root: string): Promise<DueItem[]> {
  const items: DueItem[] = [];
  for (const file of await readAllContent(root)) {
    const parsed = parseContentFile(file);
    if (!parsed.collection) continue;
    const result = collectionSchemas[parsed.collection].safeParse(parsed.frontmatter);
    if (!result.success) {
      console.error(`due: skipped ${file.path}: its frontmatter is invalid (run veelgesteld check ${file.path})`);
      continue;
    }
    const data = result.data as { title: string; status: Status; publishAt?: Date | undefined };
    if (data.publishAt) {
      items.push({ path: file.path, collection: parsed.collection, title: data.title, status: data.status, publishAt: data.publishAt });
    }
  }
  return items;
}
