// `veelgesteld new faq|blog|broadcast`: writes a valid file full of TODOs for an editor to fill in.
import { defineCommand } from 'citty';
import { buildNow } from '#core/clock.ts';
import { type Locale, LOCALES } from '#core/content.ts';
import { parseContentFile } from '../lib/content/index.ts';
import { newShortId, parseEditorialDateTime, scaffoldBlog, scaffoldBroadcast, scaffoldFaq, scaffoldPath, type Scaffold } from '../lib/editorial/index.ts';
import { InputError } from '../lib/errors.ts';
import { loadConfigIn, readAllContent, readShortIdRegistryFile, writeNewFile } from '../lib/io/content.ts';

const KINDS = ['faq', 'blog', 'broadcast'] as const;

export default defineCommand({
  meta: { name: 'new', description: 'Create a new FAQ article, blog post or broadcast statement from a template.' },
  args: {
    kind: { type: 'positional', required: true, description: 'faq, blog or broadcast' },
    title: { type: 'string', description: 'The title (also gives the file name)' },
    lang: { type: 'string', default: 'nl', description: 'nl or en' },
    programme: { type: 'string', description: 'Broadcasts: the programme, e.g. Radar' },
    airs: { type: 'string', description: 'Broadcasts: when it airs, Amsterdam time, e.g. "2026-12-01 20:30"' },
    publish: { type: 'string', description: 'Broadcasts: when the statement goes public (default: 2 hours before airing)' },
    root: { type: 'string', default: '.', description: 'Project folder (with veelgesteld.config.json)' },
  },
  async run({ args }) {
    const kind = KINDS.find((candidate) => candidate === args.kind);
    if (!kind) throw new InputError(`unknown kind "${args.kind}"; use faq, blog or broadcast`);
    const lang = LOCALES.find((candidate) => candidate === args.lang);
    if (!lang) throw new InputError(`--lang must be nl or en, not "${args.lang}"`);
    const scaffold = await build(kind, lang, args);
    const path = scaffoldPath(scaffold);
    await writeNewFile(args.root, path, scaffold.text);
    console.log(`new: wrote ${path}; fill in the TODOs, then run: veelgesteld check ${path}`);
    return 0;
  },
});

type Args = { title?: string | undefined; programme?: string | undefined; airs?: string | undefined; publish?: string | undefined; root: string };

async function build(kind: (typeof KINDS)[number], lang: Locale, args: Args): Promise<Scaffold> {
  const title = args.title?.trim() || undefined;
  if (kind === 'blog') return scaffoldBlog({ title, lang, now: buildNow(process.env) });
  const config = await loadConfigIn(args.root);
  const shortId = newShortId(await takenShortIds(args.root));
  const common = { title, lang, shortId, contactRoute: config.company.contactRoute };
  if (kind === 'faq') return scaffoldFaq(common);
  if (!args.programme || !args.airs) {
    throw new InputError('a broadcast needs --programme and --airs, e.g. --programme Radar --airs "2026-12-01 20:30"');
  }
  return scaffoldBroadcast({
    ...common,
    programme: args.programme,
    airsAt: parseEditorialDateTime(args.airs, '--airs'),
    publishAt: args.publish ? parseEditorialDateTime(args.publish, '--publish') : undefined,
  });
}

/** ShortIds in use anywhere in content/ plus every one ever handed out (content/.shortids.json). */
async function takenShortIds(root: string): Promise<Set<string>> {
  const taken = await readShortIdRegistryFile(root);
  for (const file of await readAllContent(root)) {
    const shortId = parseContentFile(file).frontmatter?.['shortId'];
    if (typeof shortId === 'string') taken.add(shortId);
  }
  return taken;
}
