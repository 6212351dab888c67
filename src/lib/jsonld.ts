// schema.org structured data for search engines. Builders return plain objects; `jsonLdScript`
// serialises them safely for a <script type="application/ld+json"> element.

export type JsonLd = Record<string, unknown>;
export type Crumb = { name: string; url: string };
type Organization = { name: string; url: string; logo?: string; sameAs?: string[] };

export function organization(org: Organization): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: org.name,
    url: org.url,
    ...(org.logo ? { logo: org.logo } : {}),
    ...(org.sameAs?.length ? { sameAs: org.sameAs } : {}),
  };
}

/** The site itself, with the search box search engines may show (`{search_term_string}` is theirs). */
export function webSite(site: { name: string; url: string; lang: string; searchUrl: string }): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: site.name,
    url: site.url,
    inLanguage: site.lang,
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${site.searchUrl}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

export function faqPage(article: { question: string; answer: string; url: string; lang: string }): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    url: article.url,
    inLanguage: article.lang,
    mainEntity: [
      {
        '@type': 'Question',
        name: article.question,
        acceptedAnswer: { '@type': 'Answer', text: article.answer },
      },
    ],
  };
}

export function breadcrumbList(crumbs: readonly Crumb[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

export function blogPosting(post: {
  title: string;
  description: string;
  url: string;
  image: string;
  author: string;
  publisher: string;
  lang: string;
  published?: Date | undefined;
  modified?: Date | undefined;
}): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: post.title,
    description: post.description,
    url: post.url,
    mainEntityOfPage: post.url,
    image: post.image,
    inLanguage: post.lang,
    author: { '@type': 'Person', name: post.author },
    publisher: { '@type': 'Organization', name: post.publisher },
    ...(post.published ? { datePublished: post.published.toISOString() } : {}),
    ...((post.modified ?? post.published) ? { dateModified: (post.modified ?? post.published)!.toISOString() } : {}),
  };
}

/** JSON for inside a <script> element: "<" is escaped so content can never close the element. */
export function jsonLdScript(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
