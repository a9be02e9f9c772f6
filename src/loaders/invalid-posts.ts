export interface InvalidPost {
  /** The post's file, relative to the project. */
  file: string;
  /** What the schema said about it. */
  error: unknown;
}

/** Astro's schema errors open with a line naming the collection; the field lines follow. */
function fieldLines(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const lines = message.split('\n');
  const fieldsStart = lines.findIndex((line) => line.trim() === '');
  const fields = fieldsStart === -1 ? lines : lines.slice(fieldsStart + 1);
  return (
    fields
      .map((line) => line.trim())
      .filter((line) => line !== '')
      // A root-level issue (an unknown field) has an empty path, which Astro prints as ": message".
      .map((line) => `  ${line.replace(/\*\*/g, '').replace(/^: /, '')}`)
      .join('\n')
  );
}

/** One message for every post whose front matter is wrong, each with its file and fields. */
export function describeInvalidPosts(posts: readonly InvalidPost[]): string {
  const count = posts.length === 1 ? '1 post has' : `${posts.length} posts have`;
  const sorted = [...posts].sort((a, b) => a.file.localeCompare(b.file));
  const details = sorted.map(({ file, error }) => `${file}\n${fieldLines(error)}`).join('\n\n');
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
