import { describe, expect, it } from 'vitest';
import { fullSizeAddress } from '../../../src/markdown/reader-features';

describe('fullSizeAddress', () => {
  const folderPost = '/site/content/posts/knn/index.md';
  const filePost = '/site/content/posts/knn.md';

  it('links an image on another site or under public/ to its own address', () => {
    expect(fullSizeAddress('https://example.org/chart.png', filePost)).toBe('https://example.org/chart.png');
    expect(fullSizeAddress('/images/chart.png', filePost)).toBe('/images/chart.png');
  });

  it('links an image beside a folder post, which the build publishes there', () => {
    expect(fullSizeAddress('./regions.png', folderPost)).toBe('./regions.png');
    expect(fullSizeAddress('figures/regions.png', folderPost)).toBe('figures/regions.png');
  });

  it('links nothing the built site does not serve', () => {
    expect(fullSizeAddress('./regions.png', filePost)).toBeUndefined();
    expect(fullSizeAddress('../shared/regions.png', folderPost)).toBeUndefined();
    expect(fullSizeAddress('data:image/png;base64,AAAA', folderPost)).toBeUndefined();
    expect(fullSizeAddress('./regions.png', undefined)).toBeUndefined();
  });
});
