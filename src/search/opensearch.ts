import { escapeXml } from '../lib/xml';

export interface OpenSearchSite {
  /** Short name a browser shows for the search engine. */
  title: string;
  description: string;
  /** Absolute URL of the search page, e.g. https://example.com/blog/search/ */
  searchPage: string;
  /** Absolute URL of the site icon. */
  icon: string;
}

/** The OpenSearch description that lets browsers add the site as a search engine. */
export function openSearchDescription(site: OpenSearchSite): string {
  const template = `${site.searchPage}?q={searchTerms}`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">',
    `  <ShortName>${escapeXml(site.title)}</ShortName>`,
    `  <Description>${escapeXml(site.description)}</Description>`,
    '  <InputEncoding>UTF-8</InputEncoding>',
    `  <Image type="image/svg+xml">${escapeXml(site.icon)}</Image>`,
    `  <Url type="text/html" method="get" template="${escapeXml(template)}"/>`,
    '</OpenSearchDescription>',
    '',
  ].join('\n');
}
