import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pruneUnusedHashes, cspHash } from '../../../src/postbuild/csp';

describe('cspHash', () => {
  it('is the base64 SHA-256 of the exact text, as browsers compute it', () => {
    expect(cspHash('alert(1)')).toBe(`sha256-${createHash('sha256').update('alert(1)').digest('base64')}`);
    expect(cspHash('alert(1)')).not.toBe(cspHash('alert(1);'));
  });
});

describe('pruneUnusedHashes', () => {
  const a = 'console.log("a")';
  const b = 'console.log("b")';
  const page = (policy: string, body: string) =>
    `<head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body>`;

  it('keeps only the hashes of inline scripts the page carries', () => {
    const policy = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' '${cspHash(a)}' '${cspHash(b)}'; style-src 'self'`;
    const pruned = pruneUnusedHashes(
      page(policy, `<script type="module">${a}</script><script type="application/ld+json">{}</script>`),
    );
    expect(pruned).toContain(`script-src 'self' 'wasm-unsafe-eval' '${cspHash(a)}';`);
    expect(pruned).not.toContain(cspHash(b));
    expect(pruned).toContain("default-src 'self'");
    expect(pruned).toContain("style-src 'self'");
  });

  it("keeps only the hashes of the page's own <style> elements, in style-src-elem and style-src", () => {
    const own = '.x{color:red}';
    const island = 'astro-island{display:contents}';
    const [ownHash, islandHash] = [`'${cspHash(own)}'`, `'${cspHash(island)}'`];
    const policy = `script-src 'self'; style-src 'self' ${islandHash}; style-src-elem 'self' ${ownHash} ${islandHash}`;
    const pruned = pruneUnusedHashes(page(policy, `<style>${own}</style><p>text</p>`));
    expect(pruned).toContain(`style-src-elem 'self' ${ownHash}"`);
    expect(pruned).toContain("style-src 'self';");
    expect(pruned).not.toContain(islandHash);
  });

  it('leaves a page without a policy as it is', () => {
    expect(pruneUnusedHashes(`<p>${a}</p>`)).toBe(`<p>${a}</p>`);
  });
});
