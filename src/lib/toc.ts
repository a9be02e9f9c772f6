export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** A table of contents helps once a post has this many sections. */
const MIN_SECTIONS = 3;

/** The h2 and h3 sections a post's table of contents lists, or none for a short post. */
export function tocSections<H extends Heading>(headings: readonly H[]): H[] {
  const sections = headings.filter((heading) => heading.depth === 2 || heading.depth === 3);
  return sections.length >= MIN_SECTIONS ? sections : [];
}
