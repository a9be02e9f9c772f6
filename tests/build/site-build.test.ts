import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, removeBuilds } from '../support/astro-build';

afterAll(removeBuilds);

describe('the site with its own posts', () => {
  it('builds without a single warning or error', async () => {
    const { code, output } = await buildSite('content/posts');
    expect(code).toBe(0);
    const complaints = output.split('\n').filter((line) => /\[(WARN|ERROR)\]|\bwarning\b/i.test(line));
    expect(complaints).toEqual([]);
  });
});
