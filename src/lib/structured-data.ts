/**
 * JSON-LD for search engines. Serialised so that no text from a post can end
 * the <script> element it sits in: "<" is written as \u003c, which JSON parsers
 * read back as the same character.
 */

export function serializeJsonLd(data: object): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export interface ArticleFacts {
  title: string;
  description: string;
  url: string;
  image: string;
  published: Date;
  updated: Date | undefined;
  tags: readonly string[];
  author: string;
  siteName: string;
  siteUrl: string;
}

export function blogPosting(article: ArticleFacts): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: article.title,
    description: article.description,
    url: article.url,
    mainEntityOfPage: article.url,
    image: article.image,
    datePublished: article.published.toISOString(),
    dateModified: (article.updated ?? article.published).toISOString(),
    keywords: article.tags.join(', '),
    author: { '@type': 'Person', name: article.author },
    publisher: { '@type': 'Organization', name: article.siteName, url: article.siteUrl },
  };
}

export interface SiteFacts {
  name: string;
  description: string;
  url: string;
  /** The search page, to which a query is appended as ?q= */
  searchPage: string;
}

/** The site, with a SearchAction that points at the shareable search page. */
export function webSite(site: SiteFacts): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: site.name,
    description: site.description,
    url: site.url,
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${site.searchPage}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}
