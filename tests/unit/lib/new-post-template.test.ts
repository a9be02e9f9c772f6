import { describe, expect, it } from 'vitest';
import { existingPostFiles, newPost } from '../../../src/lib/new-post';

describe('npm run new, exactly', () => {
  it('writes this file', () => {
    expect(newPost('Raft', new Date('2026-11-24T12:00:00Z'), 'UTC').source).toBe(
      [
        '---',
        'title: "Raft"',
        'description: "One sentence on what the reader will get from this post."',
        'date: 2026-11-24',
        'tags: []',
        'draft: true',
        '---',
        '',
        'Open with a paragraph that says what this post is about, then use ## sections.',
        '',
        'The post stays a draft — visible in `npm run dev`, absent from the built site — until you remove `draft: true`.',
        '',
      ].join('\n'),
    );
  });

  it('looks for every file that could already hold the slug', () => {
    expect(existingPostFiles('raft')).toEqual(['raft.md', 'raft.mdx', 'raft/index.md', 'raft/index.mdx']);
  });
});
