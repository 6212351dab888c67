import { blogSchema, broadcastSchema, faqSchema } from '#core/content.ts';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { faqLoader } from './lib/loaders/faq-loader.ts';

// VEELGESTELD_CONTENT_DIR points a build at another content tree (fixture sites, the build benchmark).
const contentDir = process.env['VEELGESTELD_CONTENT_DIR'] || './content';

// Ids keep the language folder: "nl/termijnbedrag-aanpassen". Broadcasts have no language folder.
// FAQ bodies are plain Markdown rendered while syncing (fast at 10,000 articles); blog and
// broadcasts are few and hand-written, so they keep MDX.
const faq = defineCollection({
  loader: faqLoader({ base: `${contentDir}/faq` }),
  schema: faqSchema,
});

const blog = defineCollection({
  loader: glob({ base: `${contentDir}/blog`, pattern: '**/*.mdx' }),
  schema: blogSchema,
});

const broadcasts = defineCollection({
  loader: glob({ base: `${contentDir}/broadcasts`, pattern: '**/*.mdx' }),
  schema: broadcastSchema,
});

export const collections = { faq, blog, broadcasts };
