// What a customer typed into the site's search box, from a requested URL or an analytics page path:
// "/zoeken/?q=termijnbedrag+te+hoog" → "termijnbedrag te hoog". Used by the access-log and the
// analytics readers, so both count the same requests as searches.

/** The site's own search pages (src/pages/zoeken.astro and /en/search/), and common CMS search paths. */
const SEARCH_PATH = /(?:^|\/)(?:zoeken|zoek|search|zoekresultaten|search-results)(?:\/|\.html?|$)/iu;
const QUERY_KEYS = new Set(['q', 'query', 'zoekterm', 's', 'search']);
/** Longer than any question typed in a search box; such URLs are link spam or attacks. */
const MAX_QUERY_LENGTH = 500;

export type SearchQuery = { text: string } | { error: string };

/**
 * The search query in a URL or path (absolute or not), null when the URL is not a site search.
 * `+` is a space and %-escapes are UTF-8; a malformed escape is an error, not a guess.
 */
export function searchQueryOf(url: string): SearchQuery | null {
  const question = url.indexOf('?');
  if (question === -1) return null;
  let path = url.slice(0, question);
  const scheme = path.indexOf('://');
  if (scheme !== -1) path = path.slice(path.indexOf('/', scheme + 3) >>> 0);
  if (!SEARCH_PATH.test(path)) return null;
  const hash = url.indexOf('#', question);
  const queryString = url.slice(question + 1, hash === -1 ? undefined : hash);
  for (const pair of queryString.split('&')) {
    const equals = pair.indexOf('=');
    const key = equals === -1 ? pair : pair.slice(0, equals);
    if (!QUERY_KEYS.has(key.toLowerCase())) continue;
    const raw = equals === -1 ? '' : pair.slice(equals + 1);
    if (raw.length > MAX_QUERY_LENGTH * 3) return { error: `search query longer than ${MAX_QUERY_LENGTH} characters` };
    let text: string;
    try {
      text = decodeURIComponent(raw.replace(/\+/gu, ' '));
    } catch {
      return { error: 'search query is not valid URL encoding (a "%" not followed by UTF-8 hex bytes)' };
    }
    text = text
      .replace(/[\u0000-\u001F\u007F]+/gu, ' ')
      .replace(/\s+/gu, ' ')
      .trim();
    if (text.length > MAX_QUERY_LENGTH) return { error: `search query longer than ${MAX_QUERY_LENGTH} characters` };
    return { text };
  }
  return null;
}
