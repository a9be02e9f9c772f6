import { describe, expect, it } from 'vitest';
import { indexQuery } from '../../../src/search/words';

describe('indexQuery', () => {
  it('asks Pagefind for a member by its bare name, which the index holds inside `result.unwrap`', () => {
    expect(indexQuery('.unwrap() ::new Vec::new')).toBe('unwrap() new Vec::new');
  });

  it('leaves options, operators and plain words alone', () => {
    expect(indexQuery('--release C++ . kernel.')).toBe('--release C++ . kernel.');
  });
});
