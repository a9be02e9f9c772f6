/**
 * Front matter of another generator mapped onto ours: title, description,
 * date, updated, tags, draft, series, aliases. Every other field is dropped
 * and named in the report, because our schema refuses unknown fields.
 */
import { tagSlug } from '../lib/tags.ts';
import { normaliseDate } from './dates.ts';
import { cutAtWord, firstParagraph, plainText } from './description.ts';
import { DATE_FIELDS, stringList, text } from './sources/common.ts';
import type { SourcePost } from './source.ts';

const UPDATED_FIELDS = ['lastmod', 'updated', 'modDatetime', 'updatedDate', 'last_modified_at', 'lastMod', 'modified'];
const DESCRIPTION_FIELDS = ['description', 'summary', 'excerpt'];
const MAPPED_FIELDS = new Set([
  'title',
  ...DESCRIPTION_FIELDS,
  ...DATE_FIELDS,
  ...UPDATED_FIELDS,
  'tags',
  'categories',
  'draft',
  'series',
  'aliases',
  'redirect_from',
]);

export interface MappedPost {
  /** Our front matter, as YAML text between `---` lines. */
  frontMatter: string;
  dropped: string[];
  describedFromBody: boolean;
  notes: string[];
}

/** The instant (or calendar day) of a normalised date, comparable across forms. */
function dateOrder(date: string, other: string): [number, number] {
  if (date.length === 10 || other.length === 10) return [Date.parse(date.slice(0, 10)), Date.parse(other.slice(0, 10))];
  const withZone = (value: string) => (/(Z|[+-]\d{2}:\d{2})$/.test(value) ? value : `${value}Z`);
  return [Date.parse(withZone(date)), Date.parse(withZone(other))];
}

function uniqueTags(tags: string[]): string[] {
  const seen = new Set<string>();
  return tags
    .map((tag) => tag.trim())
    .filter((tag) => {
      const slug = tagSlug(tag);
      if (slug === '' || seen.has(slug)) return false;
      seen.add(slug);
      return true;
    });
}

function quoted(value: string): string {
  return JSON.stringify(value);
}

export function mapFields(post: SourcePost, aliases: string[]): MappedPost {
  const { data } = post;
  const notes: string[] = [];
  const written = text(data.title)?.trim() ?? '';
  const title = written === '' ? post.name.replace(/[-_]+/g, ' ') : written;
  if (text(data.title) === undefined) notes.push(`${post.file}: no title; named "${title}" after its file`);

  let describedFromBody = false;
  let description = DESCRIPTION_FIELDS.map((field) => text(data[field])).find(
    (value) => value !== undefined && value.trim() !== '',
  );
  if (description === undefined) {
    description = cutAtWord(firstParagraph(post.body)) || title;
    describedFromBody = true;
  } else if (data.description === undefined) description = cutAtWord(plainText(description));
  description = description.trim();

  const updatedRaw = UPDATED_FIELDS.map((field) => normaliseDate(data[field])).find((value) => value !== undefined);
  let updated = updatedRaw;
  if (updatedRaw !== undefined) {
    const [published, changed] = dateOrder(post.date, updatedRaw);
    if (!(changed > published)) updated = undefined;
  }

  const tags = uniqueTags([...stringList(data.tags), ...stringList(data.categories), ...post.extraTags]);
  const draft = data.draft === true || data.draft === 'true' || data.published === false || post.draftByLocation;
  const seriesList = stringList(data.series);
  const series = seriesList.length === 1 ? seriesList[0] : undefined;

  const used = new Set([...MAPPED_FIELDS, ...post.usedFields]);
  const dropped = Object.keys(data).filter((field) => !used.has(field));
  if (seriesList.length > 1) dropped.push('series (more than one)');

  const lines = [
    `title: ${quoted(title)}`,
    `description: ${quoted(description)}`,
    `date: ${quoted(post.date)}`,
    ...(updated === undefined ? [] : [`updated: ${quoted(updated)}`]),
    ...(tags.length === 0 ? [] : [`tags: [${tags.map(quoted).join(', ')}]`]),
    ...(draft ? ['draft: true'] : []),
    ...(series === undefined ? [] : [`series: ${quoted(series)}`]),
    ...(aliases.length === 0 ? [] : ['aliases:', ...aliases.map((alias) => `  - ${quoted(alias)}`)]),
  ];
  return { frontMatter: `---\n${lines.join('\n')}\n---\n`, dropped, describedFromBody, notes };
}
