// Build time: public articles → the compact, JSON-serialisable index the browser downloads.
import { encodeTermIds } from './codec.ts';
import { fieldTexts } from './fields.ts';
import { SLUG_MARK } from './url.ts';
import { slugOf, tokens } from './text.ts';
import type { BuildOptions, SearchDoc, SearchIndex, SearchLang, Synonyms } from './types.ts';

/**
 * Indexes title, example questions, tags and description of each article (not the body). The
 * caller passes public articles only: drafts and embargoed items must be filtered out before.
 */
export function buildSearchIndex(docs: SearchDoc[], options: BuildOptions = {}): SearchIndex {
  const langs = [...new Set(docs.map((doc) => doc.lang))].sort();
  const tokenised = docs.map((doc) => fieldTexts(doc).map((text) => tokens(text, doc.lang)));
  const terms = termsByDocumentFrequency(tokenised);
  const termIds = new Map(terms.map((term, id) => [term, id]));
  const encodeField = (field: number): string[] =>
    tokenised.map((perField) => encodeTermIds((perField[field] ?? []).map((term) => termIds.get(term) as number)));
  return {
    version: 1,
    langs,
    terms,
    docs: docs.map((doc) => [doc.id, compactUrl(doc.url, doc.title), doc.title, doc.description, doc.category, langs.indexOf(doc.lang)]),
    questions: encodeField(1),
    tags: encodeField(2),
    synonyms: synonymGroups(options.synonyms ?? {}, langs.length > 0 ? langs : ['nl'], new Set(terms)),
  };
}

// --- internal ---

/** A URL whose last segment is the title's slug is stored with SLUG_MARK there: the searcher rebuilds it. */
function compactUrl(url: string, title: string): string {
  const slug = slugOf(title);
  const tail = `/${slug}/`;
  return slug !== '' && url.endsWith(tail) ? `${url.slice(0, -tail.length)}/${SLUG_MARK}/` : url;
}

function termsByDocumentFrequency(tokenised: string[][][]): string[] {
  const documentFrequency = new Map<string, number>();
  for (const perField of tokenised) {
    for (const term of new Set(perField.flat())) {
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    }
  }
  return [...documentFrequency.entries()].sort(([a, dfA], [b, dfB]) => dfB - dfA || (a < b ? -1 : a > b ? 1 : 0)).map(([term]) => term);
}

/**
 * Each synonym entry (key plus its values) becomes one group of normalised phrases, in every
 * language of the index. Groups that cannot reach any indexed term are dropped: they would only
 * make the file bigger.
 */
function synonymGroups(synonyms: Synonyms, langs: SearchLang[], vocabulary: Set<string>): string[][] {
  const groups: string[][] = [];
  for (const [key, values] of Object.entries(synonyms)) {
    const phrases = new Set<string>();
    for (const phrase of [key, ...values]) {
      for (const lang of langs) {
        const normalised = tokens(phrase, lang).join(' ');
        if (normalised) phrases.add(normalised);
      }
    }
    const reachable = [...phrases].some((phrase) => phrase.split(' ').every((term) => vocabulary.has(term)));
    if (phrases.size > 1 && reachable) groups.push([...phrases].sort());
  }
  return groups;
}
