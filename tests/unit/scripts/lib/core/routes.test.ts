import { describe, expect, it } from 'vitest';
import { categorySlug, itemPath, itemUrl, shortLink as shortUrl, shortPath } from '#core/routes.ts';

describe('shortPath and shortUrl', () => {
  it('routes /k/<id>/ with the trailing slash the site uses', () => {
    expect(shortPath('t7rm')).toBe('/k/t7rm/');
  });
  it('hands out <site>/k/<id> without a trailing slash, whatever the site URL ends with', () => {
    expect(shortUrl('https://hulp.example.nl', 't7rm')).toBe('https://hulp.example.nl/k/t7rm');
    expect(shortUrl(new URL('https://hulp.example.nl/'), 't7rm')).toBe('https://hulp.example.nl/k/t7rm');
  });
});

describe('itemPath and itemUrl', () => {
  it('builds the same paths as the site: no prefix for Dutch, /en/ and localised segments for English', () => {
    expect(itemPath('faq', 'nl', 'retour')).toBe('/faq/retour/');
    expect(itemPath('faq', 'en', 'returns')).toBe('/en/faq/returns/');
    expect(itemPath('broadcasts', 'nl', 'radar')).toBe('/uitzending/radar/');
    expect(itemPath('broadcasts', 'en', 'radar')).toBe('/en/broadcast/radar/');
    expect(itemUrl('https://hulp.example.nl/', 'blog', 'nl', 'nieuws')).toBe('https://hulp.example.nl/blog/nieuws/');
  });
});

describe('categorySlug', () => {
  it('never cuts a category name, so long names keep their whole page address', () => {
    const name = 'Een heel lange categorienaam die veel meer dan zestig tekens telt en doorgaat';
    expect(categorySlug(name)).toBe('een-heel-lange-categorienaam-die-veel-meer-dan-zestig-tekens-telt-en-doorgaat');
  });
});
