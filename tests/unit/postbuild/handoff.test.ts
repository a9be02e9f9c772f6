import { describe, expect, it } from 'vitest';
import { handoffText, parseHandoff, type PostBuildJob } from '../../../src/postbuild/handoff';

const job: PostBuildJob = {
  dir: '/site/dist',
  base: '/blog/',
  origin: 'https://example.org',
  cacheDir: 'file:///site/.cache/astro/',
};

describe('the note astro build leaves the post-build steps', () => {
  it('reads back the job it was written from', () => {
    expect(parseHandoff(handoffText(job), '/tmp/job.json')).toEqual(job);
  });

  it('keeps only the fields the steps use', () => {
    expect(parseHandoff(JSON.stringify({ ...job, extra: 1 }), '/tmp/job.json')).toEqual(job);
  });

  it('refuses a note that is not JSON, naming its file', () => {
    expect(() => parseHandoff('{"dir": ', '/tmp/job.json')).toThrow(
      /^\/tmp\/job\.json: the post-build note is not JSON/,
    );
  });

  it('refuses a note that is not an object', () => {
    expect(() => parseHandoff('null', '/tmp/job.json')).toThrow('/tmp/job.json: the post-build note is not an object');
  });

  it('names a missing or empty field and what it should hold', () => {
    expect(() => parseHandoff(JSON.stringify({ ...job, origin: undefined }), '/tmp/job.json')).toThrow(
      '/tmp/job.json: the post-build note has no "origin" (expected a non-empty string)',
    );
    expect(() => parseHandoff(JSON.stringify({ ...job, dir: '' }), '/tmp/job.json')).toThrow('has no "dir"');
    expect(() => parseHandoff(JSON.stringify({ ...job, base: 1 }), '/tmp/job.json')).toThrow('has no "base"');
  });
});
