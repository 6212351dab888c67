// The search index for English articles, built at build time from public articles only (never drafts or
// embargoed items, not even in dev). The browser fetches it on first use of the search box.
import type { APIRoute } from 'astro';
import synonyms from '../../data/synonyms.json' with { type: 'json' };
import { publicFaqs } from '../../lib/content.ts';
import { buildSearchIndex } from '../../lib/search/index.ts';
import { toSearchDoc } from '../../lib/search-docs.ts';

export const GET: APIRoute = async () => {
  const docs = (await publicFaqs('en')).map((entry) => toSearchDoc(entry, 'en'));
  return new Response(JSON.stringify(buildSearchIndex(docs, { synonyms })), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
