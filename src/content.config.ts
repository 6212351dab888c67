import { blogSchema, broadcastSchema, faqSchema } from '@content-schema';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

// VEELGESTELD_CONTENT_DIR points a build at another content tree (fixture sites, the build benchmark).
const contentDir = process.env['VEELGESTELD_CONTENT_DIR'] || './content';

// Ids keep the language folder: "nl/termijnbedrag-aanpassen". Broadcasts have no language folder.
const faq = defineCollection({
  loader: glob({ base: `${contentDir}/faq`, pattern: '**/*.mdx' }),
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
