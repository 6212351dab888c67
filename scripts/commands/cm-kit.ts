// `veelgesteld cm-kit <broadcast file|shortId> [--format csv|md] [--out file]`: the broadcast's
// prepared replies, each with its short link and at most 280 X-characters, for the webcare team.
import { defineCommand } from 'citty';
import { join } from 'node:path';
import { broadcastSchema, SHORT_ID_PATTERN } from '#core/content.ts';
import { parseContentFile, type ContentFile } from '../lib/content/index.ts';
import { buildCmKit, cmKitCsv, cmKitMarkdown } from '../lib/editorial/index.ts';
import { describeProblems, utmOption } from './export-replies.ts';
import { InputError } from '../lib/errors.ts';
import { loadConfigIn, readAllContent, readContentFiles } from '../lib/io/content.ts';
import { pathExists, writeFileAtomic } from '../lib/io/index.ts';

export default defineCommand({
  meta: { name: 'cm-kit', description: "Export a broadcast's prepared replies with short links as CSV or Markdown." },
  args: {
    broadcast: { type: 'positional', required: true, description: 'The broadcast file, or its shortId' },
    format: { type: 'string', default: 'md', description: 'csv or md' },
    out: { type: 'string', description: 'Write to this file instead of the screen' },
    utm: { type: 'string', description: 'Add utm_source=<x|facebook|whatsapp>&utm_medium=webcare to the links' },
    root: { type: 'string', default: '.', description: 'Project folder (with veelgesteld.config.json)' },
  },
  async run({ args }) {
    if (args.format !== 'csv' && args.format !== 'md') throw new InputError(`--format must be csv or md, not "${args.format}"`);
    const config = await loadConfigIn(args.root);
    const file = await findBroadcast(args.root, args.broadcast);
    const parsed = parseContentFile(file);
    if (parsed.collection !== 'broadcasts') throw new InputError('is not a broadcast (it is not in content/broadcasts)', { file: file.path });
    const result = broadcastSchema.safeParse(parsed.frontmatter);
    if (!result.success) throw new InputError(`${describeProblems(result.error)}; run veelgesteld check`, { file: file.path });
    const kit = buildCmKit(result.data, config.siteUrl, file.path, utmOption(args.utm, config));
    const output = args.format === 'csv' ? cmKitCsv(kit) : cmKitMarkdown(kit);
    if (args.out) {
      await writeFileAtomic(join(args.root, args.out), output);
      console.log(`cm-kit: wrote ${kit.replies.length} replies to ${args.out}`);
    } else {
      process.stdout.write(output);
    }
    return 0;
  },
});

async function findBroadcast(root: string, target: string): Promise<ContentFile> {
  if (pathExists(join(root, target)) || !SHORT_ID_PATTERN.test(target)) {
    const [file] = await readContentFiles(root, [target]);
    if (!file) throw new InputError(`${target} is not a content file`);
    return file;
  }
  const found = (await readAllContent(root)).find((file) => {
    const parsed = parseContentFile(file);
    return parsed.collection === 'broadcasts' && parsed.frontmatter?.['shortId'] === target;
  });
  if (!found) throw new InputError(`no file "${target}" and no broadcast with shortId "${target}"`);
  return found;
}
