// The site's own search engine, for `draft`'s "searched, not found". This is the one place the CLI
// imports from src/ (the mirror of the agreed exception that lets the site use scripts/lib/text):
// src/lib/search is pure and browser-safe, and a search only counts as "not found" when the engine
// customers use finds nothing. The index is built from the public FAQ articles in content/ with
// the same function and synonyms as the site build (src/pages/search-index.json.ts).
import { faqSchema, type Locale } from '#core/content.ts';
import { isPublic } from '#core/visibility.ts';
import { ROUTE_SEGMENTS } from '#core/routes.ts';
import { parseArticle, type ContentFileInput } from '../lib/draft/index.ts';
import { InputError } from '../lib/errors.ts';
import type { SiteSearch } from '../lib/signals/index.ts';
import { detectLang, tokens } from '#core/text/index.ts';
import synonyms from '../../src/data/synonyms.json' with { type: 'json' };
import { buildSearchIndex, createSearcher, type SearchDoc, type Synonyms } from '../../src/lib/search/index.ts';

/** Public FAQ articles (published, past their publishAt at `now`) as the search index sees them. */
export function publicSearchDocs(files: readonly ContentFileInput[], now: Date, onProblem: (message: string) => void): SearchDoc[] {
  const docs: SearchDoc[] = [];
  for (const file of files) {
    let data: Record<string, unknown>;
    try {
      data = parseArticle(file.text, file.path).data;
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      onProblem(error.message);
      continue;
    }
    const parsed = faqSchema.safeParse(data);
    if (!parsed.success || !isPublic(parsed.data, now)) continue;
    const { title, description, questions, tags, category, lang } = parsed.data;
    const slug = file.path.replace(/^.*\//u, '').replace(/\.mdx?$/u, '');
    docs.push({ id: file.path, url: faqUrl(lang, slug), title, description, questions, tags, category, lang });
  }
  return docs;
}

/** The site search over these articles: one index per language, as the site has; a query goes to its own language's. */
export function siteSearchOf(docs: readonly SearchDoc[]): SiteSearch & { articles: number } {
  const byLang = new Map<Locale, ReturnType<typeof createSearcher>>();
  for (const lang of ['nl', 'en'] as const) {
    const own = docs.filter((doc) => doc.lang === lang);
    if (own.length > 0) byLang.set(lang, createSearcher(JSON.parse(JSON.stringify(buildSearchIndex(own, { synonyms: synonyms as Synonyms }))), { lang }));
  }
  const termsById = new Map(
    docs.map((doc) => [
      doc.id,
      withSynonyms(new Set([doc.title, ...doc.questions, ...doc.tags, doc.description].flatMap((text) => tokens(text, doc.lang))), doc.lang),
    ]),
  );
  const documentFrequency = new Map<string, number>();
  for (const terms of termsById.values()) for (const term of terms) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const langOf = (query: string): Locale => (detectLang(query) === 'en' && byLang.has('en') ? 'en' : 'nl');
  return {
    articles: docs.length,
    search: (query) => byLang.get(langOf(query))?.search(query, 3) ?? [],
    terms: (query) => tokens(query, langOf(query)),
    articleTerms: (id) => termsById.get(id) ?? new Set(),
    documentFrequency: (term) => documentFrequency.get(term) ?? 0,
    documents: docs.length,
  };
}

/**
 * An article's terms plus the words the engine treats as the same (src/data/synonyms.json): an
 * article about "annuleren" answers a search for "opzeggen" as far as the engine is concerned.
 */
function withSynonyms(terms: Set<string>, lang: Locale): Set<string> {
  for (const [key, values] of Object.entries(synonyms as Synonyms)) {
    const phrases = [key, ...values].map((phrase) => tokens(phrase, lang)).filter((phrase) => phrase.length > 0);
    if (phrases.some((phrase) => phrase.every((term) => terms.has(term)))) for (const phrase of phrases) for (const term of phrase) terms.add(term);
  }
  return terms;
}

function faqUrl(lang: Locale, slug: string): string {
  return lang === 'nl' ? `/${ROUTE_SEGMENTS.nl.faq}/${slug}/` : `/en/${ROUTE_SEGMENTS.en.faq}/${slug}/`;
}
