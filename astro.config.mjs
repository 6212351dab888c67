// @ts-check
import { fileURLToPath, pathToFileURL } from 'node:url';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import project from './veelgesteld.config.json' with { type: 'json' };
import { sitemapSerializer } from './src/lib/sitemap-build.ts';

// `veelgesteld preview` builds into another folder (never dist/); the sitemap reads pages from there.
const previewDir = process.env['VEELGESTELD_OUT_DIR'];
// Drafts show only under `astro dev` (or VEELGESTELD_DRAFTS=1); a build never trusts NODE_ENV or MODE.
process.env['VEELGESTELD_DEV_SERVER'] = process.argv[2] === 'dev' ? '1' : '';
const outDir = previewDir ? pathToFileURL(`${previewDir.replace(/\/*$/, '')}/`) : new URL('./dist/', import.meta.url);

export default defineConfig({
  site: project.siteUrl,
  output: 'static',
  outDir: fileURLToPath(outDir),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  i18n: {
    defaultLocale: 'nl',
    locales: ['nl', 'en'],
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    mdx(),
    sitemap({
      // CM-only pages never go to search engines; drafts, embargoed items and redirects are
      // dropped by the serializer, which reads what each built page says about itself.
      filter: (page) => !new URL(page).pathname.startsWith('/cm/'),
      i18n: { defaultLocale: 'nl', locales: { nl: 'nl-NL', en: 'en-GB' } },
      serialize: sitemapSerializer(outDir),
    }),
  ],
  vite: {
    // Scripts stay files under /_astro/ (cached across pages, no inline script for a CSP to allow).
    build: { assetsInlineLimit: 0 },
  },
});
