// `veelgesteld export-replies --format csv|json [--out file] [--utm x|facebook|whatsapp]`: saved
// replies of every public FAQ article and current broadcast, for import into webcare tools.
import { defineCommand } from 'citty';
import { join } from 'node:path';
import type { z } from 'zod';
import { buildNow } from '#core/clock.ts';
import { type Broadcast, collectionSchemas, type Faq } from '#core/content.ts';
import { formatIssues } from '#core/frontmatter.ts';
import type { ProjectConfig } from '#core/config.ts';
import { parseContentFile } from '../lib/content/index.ts';
import { buildSavedReplies, savedRepliesCsv, savedRepliesJson, type ReplySource, type Utm } from '../lib/editorial/index.ts';
import { InputError } from '../lib/errors.ts';
import { loadConfigIn, readAllContent } from '../lib/io/content.ts';
import { writeFileAtomic } from '../lib/io/index.ts';

export default defineCommand({
  meta: { name: 'export-replies', description: 'Export saved replies (title, shortcut, reply with link, URL, tags) as CSV or JSON.' },
  args: {
    format: { type: 'string', default: 'csv', description: 'csv or json' },
    out: { type: 'string', description: 'Write to this file instead of the screen' },
    utm: { type: 'string', description: 'Add utm_source=<x|facebook|whatsapp>&utm_medium=webcare to the links' },
    root: { type: 'string', default: '.', description: 'Project folder (with veelgesteld.config.json)' },
  },
  async run({ args }) {
    if (args.format !== 'csv' && args.format !== 'json') throw new InputError(`--format must be csv or json, not "${args.format}"`);
    const config = await loadConfigIn(args.root);
    const replies = buildSavedReplies(await replySources(args.root), {
      siteUrl: config.siteUrl,
      now: buildNow(process.env),
      utm: utmOption(args.utm, config),
    });
    const output = args.format === 'csv' ? savedRepliesCsv(replies) : savedRepliesJson(replies);
    if (args.out) {
      await writeFileAtomic(join(args.root, args.out), output);
      console.log(`export-replies: wrote ${replies.length} saved replies to ${args.out}`);
    } else {
      process.stdout.write(output);
    }
    return 0;
  },
});

/** The UTM parameters for --utm, checked against the channels configured in replies.utm.sources. */
export function utmOption(source: string | undefined, config: ProjectConfig): Utm {
  if (source === undefined || source === '') return undefined;
  const { sources, medium } = config.replies.utm;
  if (!sources.includes(source)) throw new InputError(`--utm must be one of ${sources.join(', ')}, not "${source}"`);
  return { source, medium };
}

export function describeProblems(error: z.ZodError): string {
  return `invalid frontmatter: ${formatIssues(error)}`;
}

async function replySources(root: string): Promise<ReplySource[]> {
  const sources: ReplySource[] = [];
  for (const file of await readAllContent(root)) {
    const parsed = parseContentFile(file);
    if (parsed.collection !== 'faq' && parsed.collection !== 'broadcasts') continue;
    const result = collectionSchemas[parsed.collection].safeParse(parsed.frontmatter);
    if (!result.success) {
      if (parsed.frontmatter?.['status'] === 'published') {
        throw new InputError(`${describeProblems(result.error)}; run veelgesteld check`, { file: file.path });
      }
      continue;
    }
    sources.push(
      parsed.collection === 'faq'
        ? { collection: 'faq', slug: parsed.slug, path: file.path, data: result.data as Faq }
        : { collection: 'broadcasts', slug: parsed.slug, path: file.path, data: result.data as Broadcast },
    );
  }
  return sources;
}
