import { describe, expect, it } from 'vitest';
import { categorySlug as slugify } from '#core/routes.ts';
import { langOfEntry, localeOfPath, paths, slugFromId } from '#site/lib/paths.ts';

describe('slugFromId', () => {
  it('drops the language folder', () => expect(slugFromId('nl/termijnbedrag-aanpassen')).toBe('termijnbedrag-aanpassen'));
  it('keeps ids without a folder', () => expect(slugFromId('radar-uitzending')).toBe('radar-uitzending'));
});

describe('slugify', () => {
  it.each([
    ['Mijn gegevens', 'mijn-gegevens'],
    ['Verhuizen naar België', 'verhuizen-naar-belgie'],
    ['Coöperatie & ĳs', 'cooperatie-ijs'],
    ['  Betalen / Facturen  ', 'betalen-facturen'],
  ])('%s → %s', (input, expected) => expect(slugify(input)).toBe(expected));
});

describe('paths', () => {
  it('has no prefix for Dutch and /en/ for English', () => {
    expect(paths.home('nl')).toBe('/');
    expect(paths.home('en')).toBe('/en/');
    expect(paths.faq('nl', 'x')).toBe('/faq/x/');
    expect(paths.faq('en', 'x')).toBe('/en/faq/x/');
  });
  it('uses localised segments', () => {
    expect(paths.search('nl')).toBe('/zoeken/');
    expect(paths.search('en')).toBe('/en/search/');
    expect(paths.broadcast('nl', 'radar')).toBe('/uitzending/radar/');
    expect(paths.category('nl', 'Mijn gegevens')).toBe('/faq/categorie/mijn-gegevens/');
    expect(paths.category('en', 'Payments')).toBe('/en/faq/category/payments/');
  });
  it('makes page 1 of the blog the index and later pages numbered', () => {
    expect(paths.blogIndex('nl')).toBe('/blog/');
    expect(paths.blogIndex('nl', 1)).toBe('/blog/');
    expect(paths.blogIndex('nl', 2)).toBe('/blog/2/');
  });
  it('encodes search deep links', () => {
    expect(paths.search('nl', 'termijn & bedrag?')).toBe('/zoeken/?q=termijn%20%26%20bedrag%3F');
  });
  it('puts the search index and OG images where the endpoints are', () => {
    expect(paths.searchIndex('nl')).toBe('/search-index.json');
    expect(paths.searchIndex('en')).toBe('/en/search-index.json');
    expect(paths.ogImage('nl', 'faq', 'x')).toBe('/og/nl/faq/x.png');
  });
});

describe('localeOfPath', () => {
  it.each([
    ['/', 'nl'],
    ['/faq/x/', 'nl'],
    ['/en/', 'en'],
    ['/en', 'en'],
    ['/en/faq/x/', 'en'],
    ['/entree/', 'nl'],
  ])('%s is %s', (path, lang) => expect(localeOfPath(path)).toBe(lang));
});

describe('langOfEntry', () => {
  it('trusts the language folder over the frontmatter', () => {
    expect(langOfEntry({ id: 'en/change-instalment', data: { lang: 'nl' } })).toBe('en');
  });
  it('uses the frontmatter when there is no language folder', () => {
    expect(langOfEntry({ id: 'radar', data: { lang: 'en' } })).toBe('en');
  });
});
