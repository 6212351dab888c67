// Social card images (1200×630 PNG) for every page, rendered with satori + sharp at build time.
// Node is used here on purpose (fonts from node_modules, the image cache): this endpoint only runs
// during the build. Images are cached in node_modules/.cache/veelgesteld-og by a hash of their
// text, so unchanged pages cost a file read on the next build.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import satori from 'satori';
import sharp from 'sharp';
import { COMPANY, OG_ARTICLE_CARDS } from '../../consts.ts';
import { useTranslations } from '../../i18n/index.ts';
import { broadcasts, faqs, posts } from '../../lib/content.ts';
import { OG_HEIGHT, OG_WIDTH, ogCacheKeySource, ogCardTree, type OgCard } from '../../lib/og.ts';
import { slugFromId } from '../../lib/paths.ts';
import { groupByCategory } from '../../lib/sorting.ts';

const CACHE_DIR = process.env['VEELGESTELD_OG_CACHE_DIR'] ?? join(process.cwd(), 'node_modules', '.cache', 'veelgesteld-og');

export const getStaticPaths = (async () => {
  const cards: { params: { path: string }; props: OgCard }[] = [];
  for (const lang of ['nl', 'en'] as const) {
    const t = useTranslations(lang);
    const siteName = t('site.name', { company: COMPANY });
    const add = (kind: string, slug: string, title: string, kicker: string) =>
      cards.push({ params: { path: `${lang}/${kind}/${slug}` }, props: { title, kicker, siteName } });
    add('page', 'home', t('home.heading'), t('site.tagline'));
    add('page', 'faq', t('faq.index.title'), COMPANY);
    add('page', 'blog', t('blog.index.title'), COMPANY);
    add('page', 'search', t('search.title'), t('search.label'));
    const articles = await faqs(lang);
    for (const e of articles.slice(0, OG_ARTICLE_CARDS)) add('faq', slugFromId(e.id), e.data.title, e.data.category);
    for (const group of groupByCategory(articles)) add('category', group.slug, group.name, t('faq.index.title'));
    for (const e of await posts(lang)) add('blog', slugFromId(e.id), e.data.title, t('blog.index.title'));
    for (const e of await broadcasts(lang)) add('broadcast', slugFromId(e.id), e.data.title, t('broadcast.kicker', { programme: e.data.programme }));
  }
  return cards;
}) satisfies GetStaticPaths;

export const GET: APIRoute<OgCard> = async ({ props }) => {
  const png = await cachedPng(props);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

async function cachedPng(card: OgCard): Promise<Buffer> {
  const key = createHash('sha256').update(ogCacheKeySource(card)).digest('hex').slice(0, 32);
  const file = join(CACHE_DIR, `${key}.png`);
  const cached = await readFile(file).catch(() => undefined);
  if (cached) return cached;
  const png = await render(card);
  await mkdir(CACHE_DIR, { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, png);
  await rename(temporary, file);
  return png;
}

async function render(card: OgCard): Promise<Buffer> {
  const svg = await satori(ogCardTree(card) as Parameters<typeof satori>[0], {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    fonts: await fonts(),
  });
  return sharp(Buffer.from(svg)).png({ palette: true, colours: 16, effort: 1, compressionLevel: 3, dither: 0 }).toBuffer();
}

type Font = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };
let fontCache: Promise<Font[]> | undefined;

/** Inter latin + latin-ext (ĳ, ő, …), regular and bold; satori needs woff or ttf, not woff2. */
function fonts(): Promise<Font[]> {
  fontCache ??= (async () => {
    const require = createRequire(join(process.cwd(), 'package.json'));
    const dir = join(require.resolve('@fontsource/inter/package.json'), '..', 'files');
    const load = async (subset: string, weight: 400 | 700): Promise<Font> => ({
      name: 'Inter',
      data: await readFile(join(dir, `inter-${subset}-${weight}-normal.woff`)),
      weight,
      style: 'normal',
    });
    return Promise.all([load('latin', 400), load('latin', 700), load('latin-ext', 400), load('latin-ext', 700)]);
  })();
  return fontCache;
}
