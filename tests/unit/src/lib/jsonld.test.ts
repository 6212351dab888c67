import { describe, expect, it } from 'vitest';
import { blogPosting, breadcrumbList, faqPage, jsonLdScript, organization, webSite } from '#site/lib/jsonld.ts';

describe('faqPage', () => {
  it('is a FAQPage with one question and its accepted answer', () => {
    const data = faqPage({ question: 'Hoe meld ik een storing?', answer: 'Via WhatsApp.', url: 'https://x.nl/faq/s/', lang: 'nl' });
    expect(data['@type']).toBe('FAQPage');
    expect(data['mainEntity']).toEqual([
      { '@type': 'Question', name: 'Hoe meld ik een storing?', acceptedAnswer: { '@type': 'Answer', text: 'Via WhatsApp.' } },
    ]);
  });
});

describe('breadcrumbList', () => {
  it('numbers the crumbs from 1', () => {
    const data = breadcrumbList([
      { name: 'Home', url: 'https://x.nl/' },
      { name: 'FAQ', url: 'https://x.nl/faq/' },
    ]);
    expect(data['itemListElement']).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://x.nl/' },
      { '@type': 'ListItem', position: 2, name: 'FAQ', item: 'https://x.nl/faq/' },
    ]);
  });
});

describe('blogPosting', () => {
  const base = { title: 'T', description: 'D', url: 'u', image: 'i', author: 'Sanne', publisher: 'Voorbeeld BV', lang: 'nl' };
  it('uses the publish date as modified date when there is no update', () => {
    const data = blogPosting({ ...base, published: new Date('2026-01-15T09:00:00Z') });
    expect(data['datePublished']).toBe('2026-01-15T09:00:00.000Z');
    expect(data['dateModified']).toBe('2026-01-15T09:00:00.000Z');
    expect(data['author']).toEqual({ '@type': 'Person', name: 'Sanne' });
  });
  it('leaves dates out when unknown', () => {
    expect(blogPosting(base)).not.toHaveProperty('datePublished');
  });
});

describe('organization and webSite', () => {
  it('omits empty optional fields', () => {
    expect(organization({ name: 'Voorbeeld BV', url: 'https://x.nl/', sameAs: [] })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name: 'Voorbeeld BV',
      url: 'https://x.nl/',
    });
  });
  it('declares a search action with the query placeholder', () => {
    const data = webSite({ name: 'S', url: 'https://x.nl/', lang: 'nl', searchUrl: 'https://x.nl/zoeken/' }) as {
      potentialAction: { target: { urlTemplate: string } };
    };
    expect(data.potentialAction.target.urlTemplate).toBe('https://x.nl/zoeken/?q={search_term_string}');
  });
});

describe('jsonLdScript', () => {
  it('cannot close the script element it is placed in', () => {
    const text = jsonLdScript({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});
