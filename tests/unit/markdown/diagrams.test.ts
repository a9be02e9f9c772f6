import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { markdownToHtml, mdxToJs } from 'satteri';
import { beforeAll, describe, expect, it } from 'vitest';
import { keepCodeMeta } from '../../../src/markdown/contain-post-html';
import { sourceLines } from '../../../src/markdown/source-lines';
import { findDiagramMistake, readDiagramSource } from '../../../src/markdown/diagram-source';

const cacheRoot = mkdtempSync(join(tmpdir(), 'diagrams-'));
let diagrams: typeof import('../../../src/markdown/diagrams').diagrams;

beforeAll(async () => {
  process.env.ASTRO_CACHE_DIR = cacheRoot;
  ({ diagrams } = await import('../../../src/markdown/diagrams'));
});

const options = () => ({
  features: { rawHtml: true },
  mdastPlugins: [keepCodeMeta, sourceLines],
  hastPlugins: [diagrams],
  fileURL: new URL('file:///blog/content/posts/p.md'),
});
const html = (source: string) => markdownToHtml(source, options()).html;
const fence = (body: string, meta = '') => `Intro\n\n\`\`\`mermaid ${meta}\n${body}\n\`\`\`\n`;

describe('readDiagramSource', () => {
  it('takes accTitle and accDescr out of what the renderer sees, keeping line numbers', () => {
    const source =
      'flowchart LR\n  accTitle: Request path\n  accDescr {\n    From the client\n    to the server\n  }\n  A --> B';
    const read = readDiagramSource(source);
    expect(read.title).toBe('Request path');
    expect(read.description).toBe('From the client to the server');
    expect(read.body.split('\n')).toHaveLength(7);
    expect(read.body).not.toContain('acc');
  });
});

describe('findDiagramMistake', () => {
  it.each([
    ['flowchart LR\n  A --> B', undefined],
    ['sequenceDiagram\n  A->>B: hello ->', undefined],
    ['classDiagram\n  class Animal {\n    +eat() void\n  }\n  Animal <|-- Dog', undefined],
    ['stateDiagram-v2\n  [*] --> Idle\n  Idle --> Active: start', undefined],
  ])('accepts %j', (body, expected) => {
    expect(findDiagramMistake(body)).toEqual(expected);
  });

  it.each([
    ['pie\n  "a": 1', 1, /not a diagram type/],
    ['flowchart LR\n  A -->', 2, /arrow has nothing/],
    ['flowchart LR\n  A[Start --> B', 2, /"\[" and "\]"/],
    ['sequenceDiagram\n  A->>: hi', 2, /arrow has nothing/],
    ['classDiagram\n  class A {\n  +x int', 1, /not closed/],
    ['', 1, /empty/],
  ])('refuses %j at line %i', (body, line, message) => {
    const mistake = findDiagramMistake(body);
    expect(mistake?.line).toBe(line);
    expect(mistake?.message).toMatch(message);
  });
});

describe('mermaid fences', () => {
  it('become an SVG figure named by accTitle, with its source in a collapsed details', () => {
    const out = html(fence('stateDiagram-v2\n  accTitle: Session states\n  [*] --> Idle\n  Idle --> Connect: start'));
    expect(out).toMatch(/<figure class="diagram">/);
    expect(out).toMatch(/<svg[^>]* role="img" aria-labelledby="(d[0-9a-f]{8}-)title"/);
    expect(out).toMatch(/<title id="d[0-9a-f]{8}-title">Session states<\/title>/);
    expect(out).toMatch(
      /<details><summary>Diagram source<\/summary><pre><code>stateDiagram-v2\n {2}accTitle: Session states/,
    );
    expect(out).not.toMatch(/<details open/);
  });

  it('has no style element or attribute, and colours only from the site tokens', () => {
    const out = html(fence('sequenceDiagram\n  A->>B: ask\n  B-->>A: answer'));
    expect(out).not.toMatch(/<style|style=/);
    const colours = new Set([...out.matchAll(/var\((--[\w-]+), (?:none|currentColor)\)/g)].map((match) => match[1]));
    expect(
      [...colours].every((name) =>
        ['--page', '--ink', '--muted', '--surface', '--line', '--accent'].includes(name ?? ''),
      ),
    ).toBe(true);
    expect(colours.size).toBeGreaterThan(1);
    expect(out).not.toMatch(/var\(--[\w-]+\)/);
  });

  it('draws flowcharts, sequence, state and class diagrams', () => {
    for (const body of [
      'flowchart TD\n  A[Start] --> B{Choice}',
      'sequenceDiagram\n  A->>B: ask',
      'stateDiagram-v2\n  [*] --> Idle',
      'classDiagram\n  Animal <|-- Dog',
    ]) {
      expect(html(fence(body))).toMatch(/<svg[^>]*viewBox/);
    }
  });

  it('falls back to the fence title, then to "Diagram"', () => {
    expect(html(fence('flowchart LR\n  A --> B', 'title="Two boxes"'))).toMatch(/<title[^>]*>Two boxes<\/title>/);
    expect(html(fence('flowchart LR\n  A --> C'))).toMatch(/<title[^>]*>Diagram<\/title>/);
  });

  it('gives two diagrams on a page different marker ids', () => {
    const out = html(fence('flowchart LR\n  A --> B') + fence('flowchart LR\n  X --> Y'));
    const ids = [...out.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('fails on a diagram that does not parse, naming the post and the line', () => {
    expect(() => html(fence('flowchart LR\n  A --> B\n  B -->'))).toThrow(
      /\/blog\/content\/posts\/p\.md:6: this Mermaid diagram does not parse: an arrow has nothing at one end/,
    );
  });

  it('caches drawings by content digest', () => {
    html(fence('flowchart LR\n  Cached --> Once'));
    const before = readdirSync(join(cacheRoot, 'diagrams')).length;
    html(fence('flowchart LR\n  Cached --> Once'));
    expect(readdirSync(join(cacheRoot, 'diagrams'))).toHaveLength(before);
    html(fence('flowchart LR\n  Cached --> Twice'));
    expect(readdirSync(join(cacheRoot, 'diagrams'))).toHaveLength(before + 1);
  });

  it('compiles in MDX to SVG elements', () => {
    const { code } = mdxToJs(fence('flowchart LR\n  A --> B'), options());
    expect(code).toMatch(/_components\.svg|"svg"/);
    expect(code).toMatch(/"aria-labelledby"/);
  });
});
