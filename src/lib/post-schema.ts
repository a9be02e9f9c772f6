import { z } from 'astro/zod';
import { ALIAS_HINT, aliasProblem } from './aliases';
import { DATE_FORMAT_HINT, parsePostDate } from './dates';
import { tagSlug } from './tags';

/**
 * The front matter every post must have. Unknown fields are refused so that a
 * typo such as `tag:` or `drafts:` fails loudly instead of being ignored.
 */
/** Zod's message for a wrong type, telling a missing field apart from a mistyped one. */
function expected(what: string) {
  return (issue: { input: unknown }) =>
    issue.input === undefined ? `missing; expected ${what}` : `expected ${what}, found ${JSON.stringify(issue.input)}`;
}

export function postSchema(timezone: string) {
  const postDate = z.string({ error: expected(DATE_FORMAT_HINT) }).transform((raw, ctx) => {
    const parsed = parsePostDate(raw, timezone);
    if (parsed.ok) return parsed.date;
    ctx.addIssue({ code: 'custom', message: `${parsed.message}; expected ${DATE_FORMAT_HINT}` });
    return z.NEVER;
  });
  const text = (what: string) =>
    z
      .string({ error: expected(what) })
      .trim()
      .min(1, `expected ${what}, found an empty value`);

  const shape = {
    title: text('a title'),
    description: text('a one-sentence description'),
    date: postDate,
    updated: postDate.optional(),
    tags: z
      .array(
        text('a tag').refine((tag) => tagSlug(tag) !== '', 'expected a tag with at least one letter or digit'),
        { error: expected('a list of tags, e.g. [rust, networking]') },
      )
      .default([]),
    draft: z.boolean({ error: expected('true or false') }).default(false),
    series: text('a series name').optional(),
    aliases: z
      .array(
        z.string({ error: expected(ALIAS_HINT) }).superRefine((path, ctx) => {
          const problem = aliasProblem(path);
          if (problem) ctx.addIssue({ code: 'custom', message: `"${path}" ${problem}; expected ${ALIAS_HINT}` });
        }),
        { error: expected('a list of old site paths, e.g. [/2019/09/30/some-post.html]') },
      )
      .default([]),
  };
  const fields = Object.keys(shape).join(', ');

  return z
    .strictObject(shape, {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `unknown field ${issue.keys.map((key) => `"${key}"`).join(', ')}; the fields are ${fields}`
          : undefined,
    })
    .refine((post) => !post.updated || post.updated >= post.date, {
      message: 'expected the updated date to be on or after the published date',
      path: ['updated'],
    });
}

export type PostData = z.output<ReturnType<typeof postSchema>>;
