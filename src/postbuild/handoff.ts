/**
 * When `npm run build` runs the post-build steps in a process of its own (see
 * src/cli/build.ts), `astro build` leaves them a note instead of running them:
 * the built site's folder and the pipeline's options, as JSON, in the file the
 * POST_BUILD_HANDOFF environment variable names.
 */

/** The environment variable naming the note's file; unset, `astro build` runs the steps itself. */
export const POST_BUILD_HANDOFF = 'POST_BUILD_HANDOFF';

/** Everything the post-build steps need, as `astro build` knew it. */
export interface PostBuildJob {
  /** The built site's folder, without a trailing slash. */
  dir: string;
  /** The path the site is served under: "/" or "/blog/". */
  base: string;
  /** The origin the site is deployed to. */
  origin: string;
  /** Astro's cache folder, as a file: URL. */
  cacheDir: string;
}

const FIELDS = ['dir', 'base', 'origin', 'cacheDir'] as const;

export function handoffText(job: PostBuildJob): string {
  return JSON.stringify(job);
}

/** The job in a note; a note that is not one fails naming its file and what is wrong. */
export function parseHandoff(text: string, file: string): PostBuildJob {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: the post-build note is not JSON (${String(error)})`, { cause: error });
  }
  if (typeof value !== 'object' || value === null) throw new Error(`${file}: the post-build note is not an object`);
  const record = value as Record<string, unknown>;
  for (const field of FIELDS) {
    if (typeof record[field] !== 'string' || record[field] === '') {
      throw new Error(`${file}: the post-build note has no "${field}" (expected a non-empty string)`);
    }
  }
  const { dir, base, origin, cacheDir } = record as Record<(typeof FIELDS)[number], string>;
  return { dir, base, origin, cacheDir };
}
