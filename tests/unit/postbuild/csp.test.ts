import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { scriptHash } from '../../../src/postbuild/csp';

describe('scriptHash', () => {
  it('is the base64 SHA-256 of the exact text, as browsers compute it', () => {
    expect(scriptHash('alert(1)')).toBe(`sha256-${createHash('sha256').update('alert(1)').digest('base64')}`);
    expect(scriptHash('alert(1)')).not.toBe(scriptHash('alert(1);'));
  });
});
