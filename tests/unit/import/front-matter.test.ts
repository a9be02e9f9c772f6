import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../../src/import/front-matter';

describe('splitFrontMatter', () => {
  it('reads YAML and keeps dates as the text written', () => {
    const { data, body, format } = splitFrontMatter(
      '---\ntitle: Ring buffers\ndate: 2016-10-06 11:10:38 -0700\ntags: [a, b]\n---\n\nBody.\n',
    );
    expect(format).toBe('yaml');
    expect(data).toEqual({ title: 'Ring buffers', date: '2016-10-06 11:10:38 -0700', tags: ['a', 'b'] });
    expect(body).toBe('\nBody.\n');
  });

  it('reads TOML between +++ and turns its dates into their written form', () => {
    const { data, format } = splitFrontMatter(
      '+++\ntitle = "T"\ndate = 2021-03-07T23:30:00-08:00\nupdated = 2019-12-01\n[taxonomies]\ntags = ["tcp"]\n+++\nBody',
    );
    expect(format).toBe('toml');
    expect(data.title).toBe('T');
    expect(new Date(String(data.date)).toISOString()).toBe('2021-03-08T07:30:00.000Z');
    expect(data.updated).toBe('2019-12-01');
    expect(data.taxonomies).toEqual({ tags: ['tcp'] });
  });

  it('reads a JSON object at the top (Hugo)', () => {
    const { data, body, format } = splitFrontMatter(
      '{\n  "title": "A {brace} in a string",\n  "draft": true\n}\n\nText',
    );
    expect(format).toBe('json');
    expect(data).toEqual({ title: 'A {brace} in a string', draft: true });
    expect(body).toBe('Text');
  });

  it('leaves a file without front matter whole', () => {
    expect(splitFrontMatter('# Heading\n\n---\n')).toEqual({ data: {}, body: '# Heading\n\n---\n', format: 'none' });
  });

  it('names the problem when the front matter cannot be read', () => {
    expect(() => splitFrontMatter('+++\ntitle = \n+++\n')).toThrow();
  });
});
