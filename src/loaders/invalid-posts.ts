/** One problem the schema found in a post's front matter, as Zod reports it. */
export interface FrontMatterIssue {
  /** Where in the front matter: ["title"], ["tags", 1], or [] for the whole of it. */
  path: readonly PropertyKey[];
  message: string;
}

export interface InvalidPost {
  /** The post's file, relative to the project. */
  file: string;
  issues: readonly FrontMatterIssue[];
}

/** A field's path as an author writes it: "title", "tags[1]"; empty for the whole front matter. */
function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index > 0 ? '.' : ''}${String(key)}`))
    .join('');
}

function issueLine({ path, message }: FrontMatterIssue): string {
  const field = fieldName(path);
  return field === '' ? `  ${message}` : `  ${field}: ${message}`;
}

/** One message for every post whose front matter is wrong, each with its file and fields. */
export function describeInvalidPosts(posts: readonly InvalidPost[]): string {
  const count = posts.length === 1 ? '1 post has' : `${posts.length} posts have`;
  const sorted = [...posts].sort((a, b) => a.file.localeCompare(b.file));
  const details = sorted.map(({ file, issues }) => [file, ...issues.map(issueLine)].join('\n')).join('\n\n');
  return `${count} invalid front matter:\n\n${details}\n`;
}

/** One message for every post that failed to render: "<file>: <why>" lines from the loader. */
export function describeUnrenderedPosts(failures: readonly string[]): string {
  const count = failures.length === 1 ? '1 post' : `${failures.length} posts`;
  return `${count} could not be rendered:\n\n${[...failures]
    .sort()
    .map((failure) => `  ${failure}`)
    .join('\n')}\n`;
}
