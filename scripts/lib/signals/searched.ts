// "Searched, not found": what customers typed into the site's search box, counted, and judged by
// what the site's own search engine gives back for it. Pure: the caller passes the search function
// (the site's engine over the site's index) and the terms of each indexed article.

/** A query is listed only when this many different people searched it: a one-off may be personal. */
export const MIN_PEOPLE = 2;
/**
 * A result is weak when the best article holds less than this share of the query's terms, each
 * term weighted by how rare it is in the index (inverse document frequency): the engine found an
 * article that shares a common word ("wijzigen") but not what was asked ("iban wijzigen").
 */
export const WEAK_COVERAGE = 0.5;

export type SearchCount = {
  /** The query as most people typed it (scrubbed at ingest). */
  query: string;
  count: number;
  people: number;
};

export type SearchVerdict = 'found' | 'weak' | 'none';

export type JudgedSearch = SearchCount & {
  verdict: SearchVerdict;
  /** The best article, when there is one, with the share of the query's terms it holds. */
  best: { id: string; title: string; url: string; coverage: number } | null;
};

export type SiteSearch = {
  /** The engine's hits for a query, best first. */
  search: (query: string) => readonly { id: string; title: string; url: string }[];
  /** A query's terms as the index sees them (normalised, stemmed). */
  terms: (query: string) => readonly string[];
  /** The terms of an indexed article (title, example questions, tags, description). */
  articleTerms: (id: string) => ReadonlySet<string>;
  /** In how many indexed articles a term occurs, and how many there are: rare terms weigh more. */
  documentFrequency: (term: string) => number;
  documents: number;
};

/**
 * Counts searches by their normalised form ("Opzeggen", "opzeggen " are one), keeping the spelling
 * most people used; `key` is the normaliser. Most searched first.
 */
export function countSearches(searches: Iterable<{ text: string; author: string }>, key: (text: string) => string): SearchCount[] {
  const groups = new Map<string, { spellings: Map<string, number>; people: Set<string>; count: number }>();
  for (const { text, author } of searches) {
    const normalised = key(text);
    if (normalised === '') continue;
    let group = groups.get(normalised);
    if (!group) groups.set(normalised, (group = { spellings: new Map(), people: new Set(), count: 0 }));
    group.count++;
    group.people.add(author);
    group.spellings.set(text, (group.spellings.get(text) ?? 0) + 1);
  }
  return [...groups.values()]
    .map((group) => ({
      query: [...group.spellings.entries()].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))[0]![0],
      count: group.count,
      people: group.people.size,
    }))
    .sort((a, b) => b.count - a.count || (a.query < b.query ? -1 : 1));
}

/** The first results a customer sees; an answer among them counts as found. */
export const RESULTS_SEEN = 3;

/**
 * Runs every query against the site search and says whether it found an answer: "none" without
 * results, "weak" when none of the first RESULTS_SEEN results holds WEAK_COVERAGE of the query.
 */
export function judgeSearches(counts: readonly SearchCount[], site: SiteSearch): JudgedSearch[] {
  const weight = (term: string): number => Math.log(1 + site.documents / (site.documentFrequency(term) + 1));
  return counts.map((count) => {
    const hits = site.search(count.query).slice(0, RESULTS_SEEN);
    if (hits.length === 0) return { ...count, verdict: 'none', best: null };
    const terms = site.terms(count.query);
    let best: JudgedSearch['best'] = null;
    for (const hit of hits) {
      const coverage = termCoverage(terms, site.articleTerms(hit.id), weight);
      if (best === null || coverage > best.coverage) best = { id: hit.id, title: hit.title, url: hit.url, coverage };
    }
    return { ...count, verdict: best!.coverage < WEAK_COVERAGE ? 'weak' : 'found', best };
  });
}

/** The searches worth showing the team: not found or weakly found, by enough different people. */
export function searchedNotFound(judged: readonly JudgedSearch[], minPeople = MIN_PEOPLE): JudgedSearch[] {
  return judged.filter((search) => search.verdict !== 'found' && search.people >= minPeople);
}

/**
 * Share of the query's terms (by `weight`, 1 each by default) the article holds. A term also counts
 * when the article has a word a typo away from it (the engine corrects typos too): one edit from 5
 * letters on, two from 8.
 */
export function termCoverage(queryTerms: readonly string[], article: ReadonlySet<string>, weight: (term: string) => number = () => 1): number {
  const unique = [...new Set(queryTerms)];
  if (unique.length === 0) return 0;
  let found = 0;
  let total = 0;
  for (const term of unique) {
    const w = weight(term);
    total += w;
    if (article.has(term)) found += w;
    else if (term.length >= 5 && [...article].some((other) => withinEdits(term, other, term.length >= 8 ? 2 : 1))) found += w;
  }
  return total > 0 ? Math.round((found / total) * 1000) / 1000 : 0;
}

// --- internal ---

/** Whether the Levenshtein distance of a and b is at most `max` (banded, stops early). */
function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return false;
    previous = current;
  }
  return previous[b.length]! <= max;
}
