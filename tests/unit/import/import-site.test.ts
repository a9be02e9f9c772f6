import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSite } from '../../../src/import/import-site';
import { filesUnder } from '../../../src/postbuild/built-pages';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');
const scratch = () => mkdtempSync(join(tmpdir(), 'import-'));

function tree(dir: string): Record<string, string> {
  return Object.fromEntries(filesUnder(dir).map((file) => [relative(dir, file), readFileSync(file, 'base64')]));
}

describe('importSite', () => {
  it('writes only into content/posts/ and public/, and never copies a file a link points outside the site at', () => {
    const out = scratch();
    const report = importSite('hugo', join(FIXTURES, 'import-hugo'), out);
    const files = Object.keys(tree(out));
    expect(files.every((file) => file.startsWith('content/posts/') || file.startsWith('public/'))).toBe(true);
    expect(files).not.toContain('public/outside.yml');
    expect(report.skipped.find(({ file }) => file === 'static/outside.yml')?.reason).toMatch(/outside the site/);
    expect(report.skipped.map(({ file }) => file)).toContain('content/posts/undated-scrap.md');
  });

  it('gives the same result when run twice, and says nothing changed', () => {
    const out = scratch();
    const first = importSite('jekyll', join(FIXTURES, 'import-jekyll'), out);
    const before = tree(out);
    const second = importSite('jekyll', join(FIXTURES, 'import-jekyll'), out);
    expect(tree(out)).toEqual(before);
    expect(second.imported).toEqual([]);
    expect(second.unchanged).toEqual(first.imported);
  });

  it('overwrites nothing: an existing post with the same slug stops the import before it writes', () => {
    const out = scratch();
    const posts = join(out, 'content/posts');
    mkdirSync(posts, { recursive: true });
    writeFileSync(join(posts, 'tcp-windows.md'), 'mine');
    expect(() => importSite('zola', join(FIXTURES, 'import-zola'), out)).toThrow(
      /tcp-windows\.md already has the slug "tcp-windows"/,
    );
    expect(readFileSync(join(posts, 'tcp-windows.md'), 'utf8')).toBe('mine');
    expect(existsSync(join(posts, 'nagle.md'))).toBe(false);
  });

  it('gives a later post of the same name its year, or its date if another post has that name, and says so', () => {
    const site = scratch();
    writeFileSync(join(site, 'hugo.toml'), 'baseURL = "https://a.example/"\n');
    const post = (section: string, name: string, date: string) => {
      mkdirSync(join(site, 'content', section), { recursive: true });
      writeFileSync(join(site, 'content', section, `${name}.md`), `---\ntitle: ${name}\ndate: ${date}\n---\nText\n`);
    };
    post('notes', 'same', '2021-05-01');
    post('posts', 'same', '2020-01-01');
    post('posts', 'same-2021', '2019-03-03');
    const out = scratch();
    const report = importSite('hugo', site, out);
    expect(readdirSync(join(out, 'content/posts')).sort()).toEqual(['same-2021-05-01.md', 'same-2021.md', 'same.md']);
    expect(readFileSync(join(out, 'content/posts/same.md'), 'utf8')).toContain('date: "2020-01-01"');
    expect(readFileSync(join(out, 'content/posts/same-2021-05-01.md'), 'utf8')).toContain('- "/notes/same/"');
    expect(report.notes).toContain(
      'content/notes/same.md: content/posts/same.md has the slug "same" too, and is older; imported as "same-2021-05-01" (give it a slug field to choose another)',
    );
  });

  it('skips a post that only redirects elsewhere, saying where to, and imports the one beside it', () => {
    const site = scratch();
    mkdirSync(join(site, '_posts'), { recursive: true });
    writeFileSync(join(site, '_config.yml'), 'url: https://old.example\n');
    writeFileSync(
      join(site, '_posts', '2018-02-19-moved.md'),
      `---\ntitle: Moved\n---\n<meta http-equiv="Refresh" content="0; url='https://new.example/posts/moved/'" />\n`,
    );
    writeFileSync(join(site, '_posts', '2018-03-01-kept.md'), '---\ntitle: Kept\n---\nStill here.\n');
    const out = scratch();
    const report = importSite('jekyll', site, out);
    expect(report.skipped).toEqual([
      {
        file: '_posts/2018-02-19-moved.md',
        reason: 'it only sends readers to https://new.example/posts/moved/ (a meta refresh); nothing to import',
      },
    ]);
    expect(report.imported).toEqual(['_posts/2018-03-01-kept.md']);
    expect(existsSync(join(out, 'content/posts/kept.md'))).toBe(true);
    expect(existsSync(join(out, 'content/posts/moved.md'))).toBe(false);
  });

  it('maps links: other posts to their new address, files beside the post kept, other pages to the old site', () => {
    const out = scratch();
    const report = importSite('hugo', join(FIXTURES, 'import-hugo'), out);
    const first = readFileSync(join(out, 'content/posts/first-light/index.md'), 'utf8');
    expect(first).toContain('[queue depth](../queue-depth/)');
    expect(first).toContain('[same follow-up](../queue-depth/)');
    expect(first).toContain('![Probe, switch and server in a row](./images/diagram.png "The path a probe takes.")');
    expect(first).toContain('[author](https://hugo.example.org/about/)');
    expect(existsSync(join(out, 'content/posts/first-light/images/diagram.png'))).toBe(true);
    expect(existsSync(join(out, 'public/images/diagram.png'))).toBe(true);
    expect(report.linksToOldSite).toContainEqual({ file: 'content/posts/first-light.md', url: '/about/' });
    expect(report.templateCodeLeft).toContainEqual({
      file: 'content/posts/2021/nested-counters.md',
      code: '{{< gist someone 123abc >}}',
    });
  });

  it('takes a dated Hugo page at the top of content/ for a post, unless a menu links it', () => {
    const site = scratch();
    writeFileSync(
      join(site, 'hugo.toml'),
      'baseURL = "https://top.example/"\n[[menus.main]]\nname = "CV"\npageRef = "/cv"\n',
    );
    const page = (name: string, front: string) => {
      mkdirSync(join(site, 'content', name), { recursive: true });
      writeFileSync(join(site, 'content', name, 'index.md'), `---\ntitle: ${name}\n${front}---\nText.\n`);
    };
    page('a-quine', 'date: 2021-01-07\n');
    page('cv', 'date: 2020-01-01\n');
    page('contact', 'date: 2020-01-01\nmenu: main\n');
    page('privacy', '');
    const report = importSite('hugo', site, scratch());
    expect(report.imported).toEqual(['content/a-quine/index.md']);
    expect(report.skipped.map(({ file }) => file).sort()).toEqual([
      'content/contact/index.md',
      'content/cv/index.md',
      'content/privacy/index.md',
    ]);
  });

  it('gives a copied image an address that keeps + as it is and escapes spaces', () => {
    const site = scratch();
    mkdirSync(join(site, '_posts'), { recursive: true });
    mkdirSync(join(site, 'images'), { recursive: true });
    writeFileSync(join(site, '_config.yml'), 'url: https://old.example\n');
    writeFileSync(join(site, 'images', 'king-man+woman 2.png'), 'png');
    writeFileSync(
      join(site, '_posts', '2019-03-27-vectors.md'),
      '---\ntitle: Vectors\n---\n![Sum](/images/king-man+woman%202.png)\n',
    );
    const out = scratch();
    importSite('jekyll', site, out);
    expect(readFileSync(join(out, 'content/posts/vectors/index.md'), 'utf8')).toContain(
      '![Sum](./images/king-man+woman%202.png)',
    );
    expect(existsSync(join(out, 'content/posts/vectors/images/king-man+woman 2.png'))).toBe(true);
  });

  it('reads a Hugo post’s front matter whatever the case of its keys, as Hugo does', () => {
    const site = scratch();
    writeFileSync(join(site, 'hugo.toml'), 'baseURL = "https://old.example/"\n');
    mkdirSync(join(site, 'content', 'post'), { recursive: true });
    writeFileSync(
      join(site, 'content', 'post', 'driver-days.md'),
      '---\nTitle: Driver days\nDescription: What the drivers team built in a day.\nDate: 2012-11-16\n' +
        'Tags: [mongodb, drivers]\nUrl: /2012/11/16/driver-days\nlastMod: 2013-01-02\n---\nText.\n',
    );
    const out = scratch();
    const report = importSite('hugo', site, out);
    const post = readFileSync(join(out, 'content/posts/driver-days.md'), 'utf8');
    expect(post).toContain('title: "Driver days"');
    expect(post).toContain('description: "What the drivers team built in a day."');
    expect(post).toContain('updated: "2013-01-02"');
    expect(post).toMatch(/tags: \["mongodb", "drivers"\]/);
    expect(post).toContain('- "/2012/11/16/driver-days"');
    expect([...report.droppedFields.keys()]).toEqual([]);
  });
});
