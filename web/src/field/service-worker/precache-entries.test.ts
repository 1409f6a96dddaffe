import { describe, expect, it } from 'vitest';
import { precacheEntries } from './precache-entries';

describe('the precache list of the field build', () => {
  const files = [
    { path: 'index.html', contentHash: 'aaaa' },
    { path: 'assets/index-B-QWwYG0.js', contentHash: 'bbbb' },
    { path: 'assets/index-DhkmSSUY.css', contentHash: 'cccc' },
    { path: 'assets/field-map-page-x1.js', contentHash: 'dddd' },
    { path: 'manifest.webmanifest', contentHash: 'eeee' },
    { path: 'icons/icon-192.png', contentHash: 'ffff' },
    { path: '.vite/manifest.json', contentHash: '1111' },
    { path: 'sw.js', contentHash: '2222' },
    { path: 'assets/index-B-QWwYG0.js.map', contentHash: '3333' },
  ];

  it('lists every file of the build under /veld/, the hashed assets without revision', () => {
    expect(precacheEntries(files, '/veld/')).toEqual([
      { url: '/veld/assets/field-map-page-x1.js', revision: null },
      { url: '/veld/assets/index-B-QWwYG0.js', revision: null },
      { url: '/veld/assets/index-DhkmSSUY.css', revision: null },
      { url: '/veld/icons/icon-192.png', revision: 'ffff' },
      { url: '/veld/index.html', revision: 'aaaa' },
      { url: '/veld/manifest.webmanifest', revision: 'eeee' },
    ]);
  });

  it("leaves out Vite's manifest, source maps and the service worker itself", () => {
    const urls = precacheEntries(files, '/veld/').map((entry) => entry.url);
    expect(urls).not.toContain('/veld/.vite/manifest.json');
    expect(urls).not.toContain('/veld/sw.js');
    expect(urls.some((url) => url.endsWith('.map'))).toBe(false);
  });

  it('is the same list for the same build, whatever order the files were read in', () => {
    expect(precacheEntries([...files].reverse(), '/veld/')).toEqual(precacheEntries(files, '/veld/'));
  });
});
